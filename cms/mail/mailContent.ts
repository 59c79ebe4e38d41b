/**
 * What one message says, independent of its format: renderMail turns it into the HTML part (MJML)
 * and the plain-text part from the same fields, so the two can never say different things.
 */
// A type, not an interface: jobs store it as JSON, which needs the implicit index signature.
export type MailContent = {
  /** The Subject header, in Russian as the readers are. */
  subject: string
  /** The grey line mail clients show after the subject in the list. */
  preheader?: string
  heading: string
  paragraphs: string[]
  /** One button (HTML) / one «label: url» line (text): an http(s) address, anything else is refused. */
  action?: { label: string; url: string }
  /** Why the reader gets this message, small print at the bottom. */
  footer?: string
  /** The sending organization's name, colour (#rgb or #rrggbb) and logo (http(s)) when it has them. */
  brand?: { name: string; accent?: string; logoUrl?: string }
}

export interface RenderedMail {
  subject: string
  html: string
  text: string
}
