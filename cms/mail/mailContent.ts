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
  /** Lists of items after the paragraphs (mailings: one section per site of a digest). */
  sections?: MailSection[]
  /** Small links under the footer (mailings: preferences, unsubscribe); http(s) only. */
  footerLinks?: { label: string; url: string }[]
}

export type MailSection = {
  heading: string
  /** The section heading links here (the site's home page). */
  url?: string
  items: MailItem[]
}

export type MailItem = {
  title: string
  /** Absolute http(s) address of the item on the site the reader subscribed to. */
  url: string
  lead?: string
  /** As shown, e.g. «5 декабря 2026». */
  date?: string
  /** Who published it, when not the site itself. */
  origin?: string
  /** «Закреплено», «Обязательно к размещению». */
  mark?: string
}

export interface RenderedMail {
  subject: string
  html: string
  text: string
}
