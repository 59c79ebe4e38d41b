/**
 * What on an admin screen is not Russian (issue 19): Latin words outside an allow-list of names
 * that are spelled in Latin in Russian too, and the marks of a broken template
 * («[object Object]», «{{», «undefined», «NaN»). Addresses, e-mails, host names and file types are removed
 * first: they are data, written as the editor typed them.
 */

/** Spelled in Latin in Russian text as well: file formats, networks, the product's own terms. */
const ALLOWED = new Set(
  [
    'CSV',
    'XLSX',
    'PDF',
    // «QR-код» of the weekly stand and of a post's page.
    'QR',
    'DOCX',
    'ODT',
    'PNG',
    'JPEG',
    'JPG',
    'WebP',
    'SVG',
    'HTML',
    'RSS',
    'iCal',
    'ICS',
    'SMTP',
    'HTTPS',
    'HTTP',
    'VK',
    'Telegram',
    'WhatsApp',
    'Viber',
    'YouTube',
    'Rutube',
    'MAX',
    'OK',
    'Dzen',
    'RuTube',
    // The number column of a list, the key named in a hint («клавишей Tab»), quarters (II, IV).
    'ID',
    'Tab',
    'I',
    'II',
    'III',
    'IV',
  ].map((w) => w.toLowerCase()),
)

const BROKEN = ['[object Object]', '{{', '}}', 'undefined', 'NaN']

const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+/gi
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g
// A file's type in an upload's details («image/jpeg», «application/pdf»): data, like an address.
const MIME_TYPE = /\b(?:application|image|audio|video|text|font)\/[\w.+-]+/g
const HOST = /\b[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:\/\S*)?/g
// The one host without a dot: the site of the network's root on a developer's machine and in the
// e2e stack (its network domain is «localhost»); a real network's root has a domain.
const LOCAL_HOST = /\blocalhost(?::\d+)?(?:\/\S*)?/g
const LATIN_WORD = /(?<![\p{L}\d])[A-Za-z][A-Za-z'’-]*[A-Za-z](?![\p{L}\d])/gu

export function foreignWords(text: string): string[] {
  const found = new Set<string>()
  for (const mark of BROKEN) if (text.includes(mark)) found.add(mark)
  const plain = BROKEN.reduce((t, mark) => t.split(mark).join(' '), text)
    .replace(URL_LIKE, ' ')
    .replace(EMAIL, ' ')
    .replace(MIME_TYPE, ' ')
    .replace(HOST, ' ')
    .replace(LOCAL_HOST, ' ')
  for (const [word] of plain.matchAll(LATIN_WORD))
    if (!ALLOWED.has(word.toLowerCase())) found.add(word)
  return [...found].sort()
}
