import { Forbidden, type PayloadRequest } from 'payload'

/**
 * A 403 with a Russian reason. Payload's Forbidden (logged at info level, not as a server
 * error) carries a generic translated text; the reason says what to do instead.
 */
export function forbidden(req: PayloadRequest, message: string): Forbidden {
  const error = new Forbidden(req.t)
  error.message = message
  return error
}
