const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : ' '
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** `&`, `<`, `>` as entities: Pagefind keeps a custom record's text as given and cuts its excerpts from it. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * The readable text of sanitized CMS HTML, escaped again for Pagefind's excerpts (which the
 * search page shows as text plus `<mark>`, never as HTML). Block ends become spaces so that
 * words of two paragraphs do not run together.
 */
export function plainText(html: string): string {
  const text = decode(
    html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '),
  )
  return escapeHtml(text.replace(/\s+/g, ' ').trim())
}
