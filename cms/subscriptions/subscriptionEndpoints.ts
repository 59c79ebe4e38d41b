import type { Endpoint, PayloadRequest } from 'payload'
import { FORM_SETTINGS } from '../forms/formSettings'
import { handleConfirm } from './handleConfirm'
import { handlePreferences } from './handlePreferences'
import { handleSubscribe } from './handleSubscribe'
import { handleUnsubscribe } from './handleUnsubscribe'

const base = `/${FORM_SETTINGS.route}`
// The request itself (a PayloadRequest is the Request with Payload's fields added): its body
// has not been read, so each handler reads it within its own small limit.
const raw = (req: PayloadRequest) => req as unknown as Request

/**
 * The subscription's public endpoints under /api/forms/ (the sites forward `<base>/_forms/*`):
 * the form, and the three links of every message. Anonymous like the feedback form: nothing
 * here reads the caller's session; the token in the link is the only authority.
 */
export const subscriptionEndpoints: Endpoint[] = [
  {
    path: `${base}/subscribe`,
    method: 'post',
    handler: (req) => handleSubscribe(req.payload, raw(req)),
  },
  ...(['get', 'post'] as const).flatMap((method): Endpoint[] => [
    { path: `${base}/confirm`, method, handler: (req) => handleConfirm(req.payload, raw(req)) },
    {
      path: `${base}/unsubscribe`,
      method,
      handler: (req) => handleUnsubscribe(req.payload, raw(req)),
    },
    {
      path: `${base}/preferences`,
      method,
      handler: (req) => handlePreferences(req.payload, raw(req)),
    },
  ]),
]
