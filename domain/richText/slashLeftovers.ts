/**
 * Leftovers of the editor's slash menu (issue 19): typing «/» opens the list of blocks, a space
 * closes it, and «/Несортир» stays in the text as a paragraph of its own, which was published as
 * is. A paragraph or heading whose whole text is «/» and a word or two is such a leftover; «и/или»
 * and «1/2» inside a sentence are not.
 */
const LEFTOVER = /^\/\p{L}[\p{L}\d -]{0,39}$/u

const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** The text of a node's own text children, as the reader sees it. */
function ownText(node: Record<string, unknown>): string {
  if (!Array.isArray(node.children)) return ''
  return node.children
    .map((child) => (record(child) && child.type === 'text' ? String(child.text ?? '') : '\u0000'))
    .join('')
}

/** The slash commands left in a rich text (Lexical JSON), in document order, each once. */
export function slashLeftovers(data: unknown): string[] {
  const found = new Set<string>()
  const walk = (node: unknown, depth: number) => {
    if (!record(node) || depth > 50) return
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = ownText(node).trim()
      if (LEFTOVER.test(text)) found.add(text)
    }
    if (Array.isArray(node.children)) for (const child of node.children) walk(child, depth + 1)
  }
  if (record(data)) walk(data.root, 0)
  return [...found]
}
