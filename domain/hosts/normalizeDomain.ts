const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/

/**
 * Normalizes a host name typed by an editor: trims, lower-cases, drops a trailing dot and
 * converts Cyrillic domains (профсоюз.рф) to punycode. Returns null when it is not a host name.
 */
export function normalizeDomain(input: string): string | null {
  const trimmed = input.trim().toLowerCase().replace(/\.$/, '')
  // What the URL parser reads as syntax or decodes (%, backslash, brackets) is refused here.
  if (trimmed === '' || /[\s/:@?#%\\[\]]/.test(trimmed)) return null
  const ascii = toAscii(trimmed)
  if (ascii === null || ascii.length > 253) return null
  const labels = ascii.split('.')
  if (!labels.every((label) => LABEL.test(label))) return null
  // `localhost` and its sub-domains are the development network (they resolve to loopback).
  if (labels[labels.length - 1] === 'localhost') return ascii
  if (labels.length < 2 || !TLD.test(labels[labels.length - 1]!)) return null
  return ascii
}

export function isValidDomain(input: string): boolean {
  return normalizeDomain(input) !== null
}

/**
 * Punycode of a host name through the WHATWG URL parser (global in Node and browsers, so the
 * domain layer needs no import); null where the parser refuses it.
 */
function toAscii(host: string): string | null {
  try {
    return new URL(`http://${host}/`).hostname
  } catch {
    return null
  }
}
