import type { Payload } from 'payload'
import { apiClient } from '../apiClient'
import type { ContentClient, Outcome } from './contentClient'

/** An editor over REST (the real handlers the admin's routes mount), logged in with a token. */
export async function restClient(
  payload: Payload,
  email: string,
  password: string,
): Promise<ContentClient> {
  const api = apiClient(payload)
  const token = await api.login(email, password)
  const call = async (method: string, path: string, body?: unknown): Promise<Outcome> => {
    try {
      const res = await api.rest(method, path, { token, body })
      if (res.status >= 200 && res.status < 300) return { ok: true, id: res.body?.doc?.id }
      const message = res.body?.errors?.map((e: { message: string }) => e.message).join('; ')
      return { ok: false, status: res.status, message: String(message ?? JSON.stringify(res.body)) }
    } catch (error) {
      // The handler itself threw: the HTTP layer would answer 500.
      return { ok: false, status: 500, message: String((error as Error).message ?? error) }
    }
  }
  return {
    create: (collection, data) => call('POST', `/${collection}?depth=0`, data),
    update: (collection, id, data) => call('PATCH', `/${collection}/${id}?depth=0`, data),
    remove: (collection, id) => call('DELETE', `/${collection}/${id}?depth=0`),
  }
}
