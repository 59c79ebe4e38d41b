import { SEGMENTS } from '../consts'
import { FORMS_PREFIX } from './feedbackPaths'

/**
 * Site paths of the e-mail subscription (issue 17). The form posts to the site's own
 * `/_forms/subscribe`, forwarded to the CMS like the feedback form (cms/subscriptions); the
 * confirm, unsubscribe and preferences pages are the CMS's answers on `/_forms/*`.
 */
export const SUBSCRIBE_PATHS = {
  form: `/${SEGMENTS.subscribe}/`,
  sent: `/${SEGMENTS.subscribe}/sent/`,
  subscribe: `${FORMS_PREFIX}subscribe`,
} as const
