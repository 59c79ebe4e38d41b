import type { Payload } from 'payload'
import { inquiryFormClient } from './inquiryFormClient'

export const TOKEN_IN_LINK = /\/_forms\/confirm\?token=([A-Za-z0-9_-]{43})/

/**
 * The subscription endpoints as a site's forwarding reaches them (X-Forwarded-Host: the site,
 * X-Forwarded-For: the reader), through the real REST route like inquiryFormClient.
 */
export function subscriptionClient(payload: Payload) {
  const form = inquiryFormClient(payload)

  const encode = (fields: Record<string, string | undefined>) =>
    new URLSearchParams(
      Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined),
    ).toString()

  async function subscribe(
    fields: Record<string, string | undefined>,
    options: { host: string; ip: string; json?: boolean },
  ) {
    return form.send('/forms/subscribe', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Forwarded-Host': options.host,
        'X-Forwarded-For': options.ip,
        Accept: options.json === false ? 'text/html' : 'application/json',
      },
      body: encode(fields),
    })
  }

  /** A link's GET or POST (`body` as given: the page's form, or RFC 8058's one-click line). */
  async function link(
    name: 'confirm' | 'unsubscribe' | 'preferences',
    options: {
      token?: string
      /** `digest`: the one-click link of a digest with several sites (all of them at once). */
      scope?: string
      method?: 'GET' | 'POST'
      host: string
      ip: string
      body?: Record<string, string>
      json?: boolean
    },
  ) {
    const query =
      options.token === undefined
        ? ''
        : `?${encode({ token: options.token, scope: options.scope })}`
    return form.send(`/forms/${name}${query}`, {
      method: options.method ?? 'GET',
      headers: {
        'X-Forwarded-Host': options.host,
        'X-Forwarded-For': options.ip,
        Accept: options.json === false ? 'text/html' : 'application/json',
        ...(options.body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: options.body ? encode(options.body) : undefined,
    })
  }

  return { subscribe, link, solve: form.solve }
}
