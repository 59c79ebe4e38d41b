import type { Endpoint } from 'payload'
import { createFormChallenge } from './formChallenge'
import { formSecrets } from './formSecret'
import { FORM_SETTINGS } from './formSettings'
import { handleInquiry } from './handleInquiry'
import { subscriptionEndpoints } from '../subscriptions/subscriptionEndpoints'

const base = `/${FORM_SETTINGS.route}`

/**
 * The public form's root endpoints (/api/forms/*), the one anonymous write path. The sites reach
 * them through their own host (`<base>/_forms/*`, forwarded by the preview server and nginx).
 */
export const formEndpoints: Endpoint[] = [
  {
    path: `${base}/challenge`,
    method: 'get',
    handler: async (req) =>
      Response.json(await createFormChallenge(formSecrets(req.payload)), {
        headers: { 'Cache-Control': 'no-store' },
      }),
  },
  {
    path: `${base}/inquiry`,
    method: 'post',
    // The request itself (a PayloadRequest is the Request with Payload's fields added): its body
    // has not been read, so the handler reads it within its own limit.
    handler: (req) => handleInquiry(req.payload, req as unknown as Request),
  },
  // The subscription form and the links in its mail (issue 17).
  ...subscriptionEndpoints,
]
