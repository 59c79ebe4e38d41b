import { escapeHtml } from './markdownToHtml'

/** The look of a rendered document: A4 print styles, the running header and footer. */
const FONT = `'DejaVu Serif', 'Liberation Serif', serif`
export const STYLE = `
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
export const header = (issuer: string) =>
  `<div style="${runningText} border-bottom: 0.5pt solid #666; padding-bottom: 1mm;">${escapeHtml(issuer)}</div>`
export const footer = `<div style="${runningText} text-align: center;">
  Страница <span class="pageNumber"></span> из <span class="totalPages"></span></div>`

/**
 * Chromium stamps the render time into the PDF as (D:20261122003612+00'00'). A fixed date of
 * the same byte length keeps the cross-reference offsets valid and re-renders byte-identical,
 * so git sees a change only when a document really changed.
 */
const PINNED_DATE = "(D:20260101000000+00'00')"
export function pinDates(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1').replace(/\(D:\d{14}[^)]*\)/g, (date) => {
    if (date.length !== PINNED_DATE.length) throw new Error(`unexpected PDF date ${date}`)
    return PINNED_DATE
  })
  return Buffer.from(text, 'latin1')
}
