import { configValue } from '../../config'

export interface AuthCookies {
  /** Sent over HTTPS only. */
  secure: boolean
  /**
   * Strict: the login cookie never rides on a request started by another site (CSRF), and the
   * admin is served from the API's own origin, so it never needs a cross-site cookie.
   */
  sameSite: 'Strict'
}

/** The login cookie's attributes: `Secure` in production, `SameSite=Strict` always. */
export function authCookies(nodeEnv: string | undefined = configValue('NODE_ENV')): AuthCookies {
  return { secure: nodeEnv === 'production', sameSite: 'Strict' }
}
