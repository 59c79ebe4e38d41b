import type { MailContent, RenderedMail } from '../mail/mailContent'
import { renderMail } from '../mail/renderMail'

/** Stands for the i-th subscriber token while a message is rendered once for many readers. */
export const tokenPlaceholder = (i: number) => `SUBSCRIBERTOKEN${i}X`

/**
 * Renders messages that differ only in the readers' tokens once, then fills each reader's tokens
 * in: MJML costs milliseconds per message, which at 100,000 digests is most of the run. The
 * placeholder is letters and digits, so escaping and URL encoding leave it as it is, and a
 * token (base64url) replaces it as inertly. Keeps the `size` templates used last: a rendered
 * digest of 13 items is some 80 KB in memory (Cyrillic strings take two bytes a character), so
 * a run that meets each template only a few times keeps few (sendDigests.ts keeps 100).
 */
export class PersonalRenderer {
  private readonly cache = new Map<string, Promise<RenderedMail>>()

  constructor(private readonly size = 2000) {}

  async render(
    key: string,
    build: () => MailContent,
    tokens: readonly string[],
  ): Promise<RenderedMail> {
    let template = this.cache.get(key)
    if (template)
      this.cache.delete(key) // re-inserted below: the Map's order is least recent first
    else {
      template = renderMail(build())
      if (this.cache.size >= this.size) this.cache.delete(this.cache.keys().next().value!)
    }
    this.cache.set(key, template)
    const mail = await template
    const fill = (s: string) =>
      tokens.reduce((out, token, i) => out.replaceAll(tokenPlaceholder(i), token), s)
    return { subject: mail.subject, html: fill(mail.html), text: fill(mail.text) }
  }
}
