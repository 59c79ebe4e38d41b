/**
 * Authoring tool for the demo documents: turns content/demo/documents/src/<name>.md into
 * A4 PDFs in content/demo/documents/files/<name>.pdf and writes documents.json from the
 * front matter, so the PDFs, their titles and the catalogue cannot drift apart.
 *
 *   node_modules/.bin/tsx scripts/render-documents.ts
 *
 * The PDFs are committed to git; the build never runs this. Rendering uses Debian Chromium
 * through playwright-core because it embeds subset fonts (small files) and shapes Cyrillic.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { chromium } from 'playwright-core'
import { parseFrontMatter } from '../content/lib/frontMatter'
import { DOCUMENT_TYPES } from '../domain/contentTypes'
import { documentEntry, type DocumentEntry } from '../content/schema/entries'
import { key } from '../content/schema/primitives'
import { CHROMIUM_FLAGS, chromiumPath } from '../tools/lib/chromiumFlags'

const ROOT = resolve(import.meta.dirname, '../../content/demo/documents')
const SRC = join(ROOT, 'src')
const OUT = join(ROOT, 'files')
const CATALOGUE = join(ROOT, 'documents.json')

const sourceFrontMatter = z
  .object({
    title: z.string().min(3),
    org: key,
    docType: z.enum(DOCUMENT_TYPES),
    year: z.number().int(),
    /** The issuing organization as printed in the running header, so a render needs only src/. */
    issuer: z.string().min(3),
    /** One sentence for the document list on the site. */
    description: z.string().min(10),
  })
  .strict()

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * Inline markup: only **bold** and _italic_. "№ 1234" gets a no-break space so the sign
 * never ends a line, as Russian typesetting requires.
 */
const inline = (s: string) =>
  escapeHtml(s)
    .replace(/№ /g, '№\u00a0')
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(«])_(.+?)_(?=[\s.,;:)»]|$)/g, '$1<em>$2</em>')

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim())

/** A figure such as "12 480", "97,4 %" or "−3"; figures are right-aligned, as in statistical tables. */
const numeric = (c: string) => /^[−+-]?[\d\u00a0\u202f ,.]+(\s?%)?$/.test(c)

/** `- item`, `– item` or `1. item`; "1.1. Text" is a numbered clause, i.e. a paragraph. */
const LIST_ITEM = /^(\s*)([-–]|\d+\.)\s+(.*)$/

/**
 * One list level; lines indented deeper than its items form either a nested list (a charter
 * clause with sub-items) or, if they carry no marker, the wrapped continuation of an item.
 */
function list(block: string[]): string {
  const indent = (l: string) => l.length - l.trimStart().length
  const base = indent(block[0]!)
  const tag = LIST_ITEM.exec(block[0]!)![2]!.endsWith('.') ? 'ol' : 'ul'
  const items: { text: string; nested: string[] }[] = []
  for (const l of block) {
    const m = LIST_ITEM.exec(l)
    const last = items[items.length - 1]
    if (m && indent(l) <= base) items.push({ text: m[3]!, nested: [] })
    else if (last && (m || last.nested.length > 0)) last.nested.push(l)
    else if (last) last.text += ' ' + l.trim()
  }
  const li = (it: { text: string; nested: string[] }) =>
    `<li>${inline(it.text)}${it.nested.length > 0 ? list(it.nested) : ''}</li>`
  return `<${tag}>${items.map(li).join('')}</${tag}>`
}

/**
 * A deliberately small Markdown subset: the sources are written for this tool, so supporting
 * only what they use keeps the converter readable. Blocks: # headings (#### is a centred
 * subtitle), paragraphs, - and 1. lists, | pipe tables | with a --- separator row, and > lines,
 * which print as a right-aligned approval stamp («УТВЕРЖДЕНО …») as on Russian official papers.
 */
function markdownToHtml(md: string): string {
  const lines = md.replace(/\r\n/g, '\n').split('\n')
  const html: string[] = []
  let i = 0
  const take = (test: (l: string) => boolean): string[] => {
    const block: string[] = []
    while (i < lines.length && test(lines[i]!)) block.push(lines[i++]!)
    return block
  }
  while (i < lines.length) {
    const line = lines[i]!
    const heading = /^(#{1,4})\s+(.*)$/.exec(line)
    if (line.trim() === '') i++
    else if (heading) {
      html.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`)
      i++
    } else if (line.startsWith('>')) {
      const stamp = take((l) => l.startsWith('>')).map((l) => inline(l.replace(/^>\s?/, '')))
      html.push(`<div class="stamp">${stamp.join('<br>')}</div>`)
    } else if (LIST_ITEM.test(line)) {
      html.push(list(take((l) => LIST_ITEM.test(l) || /^\s{2,}\S/.test(l))))
    } else if (line.trimStart().startsWith('|')) {
      const rows = take((l) => l.trimStart().startsWith('|')).map(cells)
      const [head = [], , ...body] = rows
      // A column whose body cells are all figures is right-aligned, header included.
      const num = head.map((_, c) => body.every((r) => numeric(r[c] ?? '')))
      const cell = (tag: string) => (c: string, col: number) =>
        `<${tag}${num[col] ? ' class="num"' : ''}>${inline(c)}</${tag}>`
      html.push(
        `<table><thead><tr>${head.map(cell('th')).join('')}</tr></thead><tbody>` +
          body.map((r) => `<tr>${r.map(cell('td')).join('')}</tr>`).join('') +
          '</tbody></table>',
      )
    } else {
      const para = take((l) => l.trim() !== '' && !/^(#|>|\|)/.test(l) && !LIST_ITEM.test(l))
      html.push(`<p>${inline(para.join(' '))}</p>`)
    }
  }
  return html.join('\n')
}

const FONT = `'DejaVu Serif', 'Liberation Serif', serif`
const STYLE = `
  body { font-family: ${FONT}; font-size: 10.5pt; line-height: 1.4; color: #000; margin: 0; }
  h1 { font-size: 14pt; text-align: center; margin: 0 0 4mm; line-height: 1.25; }
  h2 { font-size: 12pt; margin: 5mm 0 2mm; page-break-after: avoid; }
  h3 { font-size: 11pt; margin: 4mm 0 1.5mm; page-break-after: avoid; }
  h4 { font-size: 11pt; font-style: italic; font-weight: normal; text-align: center; margin: -2mm 0 4mm; }
  p { margin: 0 0 2mm; text-align: justify; text-indent: 8mm; hyphens: auto; }
  ul, ol { margin: 0 0 2mm; padding-left: 8mm; }
  li { margin: 0 0 1mm; text-align: justify; hyphens: auto; }
  li > ul, li > ol { margin: 1mm 0 0; }
  /* Russian typesetting marks unordered items with a dash, not a bullet. */
  ul > li::marker { content: '–  '; }
  table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; font-size: 9.5pt; page-break-inside: avoid; }
  th, td { border: 0.5pt solid #000; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
  th { font-weight: bold; background: #eee; }
  td.num, th.num { text-align: right; white-space: nowrap; }
  .stamp { margin: 0 0 6mm 55%; font-size: 9.5pt; line-height: 1.3; }
`
/** Chromium renders header and footer templates in isolation: every style must be inline. */
const runningText = `font-family: ${FONT}; font-size: 8pt; color: #333; width: 100%; margin: 0 15mm 0 25mm;`
const header = (issuer: string) =>
  `<div style="${runningText} border-bottom: 0.5pt solid #666; padding-bottom: 1mm;">${escapeHtml(issuer)}</div>`
const footer = `<div style="${runningText} text-align: center;">
  Страница <span class="pageNumber"></span> из <span class="totalPages"></span></div>`

/**
 * Chromium stamps the render time into the PDF as (D:20261122003612+00'00'). A fixed date of
 * the same byte length keeps the cross-reference offsets valid and re-renders byte-identical,
 * so git sees a change only when a document really changed.
 */
const PINNED_DATE = "(D:20260101000000+00'00')"
function pinDates(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1').replace(/\(D:\d{14}[^)]*\)/g, (date) => {
    if (date.length !== PINNED_DATE.length) throw new Error(`unexpected PDF date ${date}`)
    return PINNED_DATE
  })
  return Buffer.from(text, 'latin1')
}

async function main() {
  const started = performance.now()
  mkdirSync(OUT, { recursive: true })
  const sources = readdirSync(SRC)
    .filter((f) => f.endsWith('.md'))
    .sort()
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
  const entries: DocumentEntry[] = []
  try {
    const page = await browser.newPage()
    for (const source of sources) {
      const name = source.replace(/\.md$/, '')
      const { data, body } = parseFrontMatter(readFileSync(join(SRC, source), 'utf8'))
      const fm = sourceFrontMatter.parse(data)
      const html = `<!doctype html><html lang="ru"><head><meta charset="utf-8">
        <title>${escapeHtml(fm.title)}</title><style>${STYLE}</style></head>
        <body>${markdownToHtml(body)}</body></html>`
      await page.setContent(html, { waitUntil: 'load' })
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '20mm', bottom: '18mm', left: '25mm', right: '15mm' },
        displayHeaderFooter: true,
        headerTemplate: header(fm.issuer),
        footerTemplate: footer,
        printBackground: true,
      })
      const file = `files/${name}.pdf`
      writeFileSync(join(ROOT, file), pinDates(pdf))
      const { issuer: _issuer, ...meta } = fm
      entries.push(documentEntry.parse({ key: name, file, ...meta }))
      console.log(`${file.padEnd(52)} ${(pdf.length / 1024).toFixed(1).padStart(6)} KB`)
    }
  } finally {
    await browser.close()
  }
  // Entries for files without a Markdown source (e.g. a real .docx) are kept as they are; after
  // renaming a source, delete its old PDF: content:check then reports the stale entry.
  const previous: DocumentEntry[] = existsSync(CATALOGUE)
    ? JSON.parse(readFileSync(CATALOGUE, 'utf8'))
    : []
  const rendered = new Set(entries.map((e) => e.file))
  const catalogue = [...previous.filter((e) => !rendered.has(e.file)), ...entries]
  writeFileSync(CATALOGUE, JSON.stringify(catalogue, null, 2) + '\n')
  console.log(
    `${entries.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
