/**
 * A link in a message must be an absolute http(s) address: a `javascript:` or `data:` URL from a
 * careless caller would otherwise become a clickable button. Returns the normalised URL.
 */
export function safeMailUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`renderMail: not an absolute URL: ${JSON.stringify(value)}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`renderMail: only http(s) links may go into a message, not ${url.protocol}`)
  return url.href
}

/** A brand colour goes into CSS: only a plain hex colour is let through, else the default. */
export const safeAccent = (value: string | undefined, fallback: string): string =>
  value && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value) ? value : fallback

/** Subjects are one header line: line breaks and runs of spaces collapse to one space. */
export const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim()
