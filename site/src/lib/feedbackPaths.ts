import { SEGMENTS } from '../consts'

/**
 * Site paths of the feedback form (issue 16). The form posts to `/_forms/` on the site's own host
 * (a section site: under its /org/<slug> base), which the preview server and nginx forward to
 * the CMS: the form needs no cross-origin setup and `form-action 'self'` holds.
 */
export const FORMS_PREFIX = '/_forms/'

export const FEEDBACK_PATHS = {
  form: `/${SEGMENTS.feedback}/`,
  sent: `/${SEGMENTS.feedback}/sent/`,
  privacy: `/${SEGMENTS.privacy}/`,
  /** The form's POST target (multipart/form-data). */
  inquiry: `${FORMS_PREFIX}inquiry`,
  /** The ALTCHA challenge (GET, JSON per altcha-lib). */
  challenge: `${FORMS_PREFIX}challenge`,
} as const

/** The attachment limit, said on the page; the CMS endpoint enforces the same 5 MB. */
export const ATTACHMENT_MAX_MB = 5
export const ATTACHMENT_ACCEPT = 'image/*,application/pdf'
