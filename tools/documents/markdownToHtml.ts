export const escapeHtml = (s: string) =>
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
export function markdownToHtml(md: string): string {
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
