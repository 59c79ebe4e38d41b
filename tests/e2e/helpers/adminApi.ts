import { expect } from '@playwright/test'
import type { Login } from './adminSignIn'

export interface ApiAnswer {
  status: number
  // The specs read whatever the endpoint answers; its shape is what they assert.
  body: any
}

export type ApiAs = (path: string, init?: { method?: string; body?: unknown }) => Promise<ApiAnswer>

/**
 * REST on the admin's API as `who`, with a token in the Authorization header (no cookie, so the
 * admin's CSRF rule for cookie sessions does not apply): the specs' setup and their checks of
 * what the server stored, beside what the browser shows.
 */
export async function apiAs(apiUrl: string, who: Login): Promise<ApiAs> {
  const login = await fetch(`${apiUrl}/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(who),
  })
  expect(login.status, `login ${who.email}`).toBe(200)
  const { token } = (await login.json()) as { token: string }
  return async (path, init = {}) => {
    const res = await fetch(`${apiUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    return { status: res.status, body: await res.json() }
  }
}
