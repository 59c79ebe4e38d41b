import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { chromium } from 'playwright-core'
import { PROJECT_ROOT } from '../../config/paths'
import { parseFrontMatter } from '../../content/lib/frontMatter'
import { DOCUMENT_TYPES } from '../../domain/contentTypes'
import { documentEntry, reachEntry, type DocumentEntry } from '../../content/schema/entries'
import { key } from '../../content/schema/primitives'
import { CHROMIUM_FLAGS, chromiumPath } from '../../config/chromium'
import { footer, header, pinDates, STYLE } from './documentPage'
import { escapeHtml, markdownToHtml } from './markdownToHtml'

const ROOT = join(PROJECT_ROOT, 'content/demo/documents')
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
    /** How far the document travels down: the union's charter reaches every org below. */
    reach: reachEntry.optional(),
  })
  .strict()

/**
 * Renders content/demo/documents/src/<name>.md into A4 PDFs in files/<name>.pdf and writes
 * documents.json from the front matter (scripts/render-documents.ts says why).
 */
export async function renderDocuments(): Promise<void> {
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
