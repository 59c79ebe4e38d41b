import { blockMediaIds, blockProblem } from './blockProblems'

/**
 * What the sites can render of a CMS rich text (Lexical JSON): the node types the snapshot's HTML
 * converters know (cms/richText/html/lexicalHtml.ts) and the collections an upload, an internal
 * link or a relationship may point at. Anything else would be dropped or printed as «unknown
 * node» on a public page, so the CMS refuses it on save (cms/fields/bodyField.ts).
 */
export const RICH_TEXT_NODES = [
  'root',
  'paragraph',
  'text',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'linebreak',
  'tab',
  'horizontalrule',
  'upload',
  'relationship',
  // Photo reports and videos (domain/richText/blockProblems.ts); inline blocks are not rendered.
  'block',
] as const

/** Uploads in the text are images: documents belong on the Документы page. */
export const RICH_TEXT_UPLOADS = ['media'] as const
/** Internal links and link cards point at what every site has a URL for. */
export const RICH_TEXT_LINKS = ['posts', 'pages'] as const

const known = new Set<string>(RICH_TEXT_NODES)
const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** Why one node cannot be rendered, or undefined when it can. */
function nodeProblem(node: Record<string, unknown>): string | undefined {
  const type = String(node.type)
  if (!known.has(type)) return `элемент «${type}» сайты не показывают`
  if (type === 'block') return blockProblem(node)
  if (type === 'upload' && !(RICH_TEXT_UPLOADS as readonly unknown[]).includes(node.relationTo))
    return `вложение из «${String(node.relationTo)}»: в текст можно вставить только изображение`
  if (type === 'relationship' && !(RICH_TEXT_LINKS as readonly unknown[]).includes(node.relationTo))
    return `ссылка на «${String(node.relationTo)}»: можно ссылаться только на новости и страницы`
  if (type === 'link' && record(node.fields) && node.fields.linkType === 'internal') {
    const doc = node.fields.doc
    const to = record(doc) ? doc.relationTo : undefined
    if (!(RICH_TEXT_LINKS as readonly unknown[]).includes(to))
      return `внутренняя ссылка на «${String(to)}»: можно ссылаться только на новости и страницы`
  }
  return undefined
}

/**
 * Problems of a rich text in Russian, one per kind, in document order: empty when every node can
 * be rendered. A value that is not Lexical JSON at all is one problem.
 */
export function richTextProblems(data: unknown): string[] {
  if (data === null || data === undefined) return []
  if (!record(data) || !record(data.root)) return ['текст не в формате редактора']
  const problems = new Set<string>()
  const walk = (node: unknown, depth: number) => {
    if (!record(node) || depth > 50) {
      problems.add('текст не в формате редактора')
      return
    }
    const problem = nodeProblem(node)
    if (problem) problems.add(problem)
    if (Array.isArray(node.children)) for (const child of node.children) walk(child, depth + 1)
  }
  walk(data.root, 0)
  return [...problems]
}

/** The ids of the images the blocks of a text name, in document order (duplicates kept). */
export function richTextBlockMedia(data: unknown): unknown[] {
  const ids: unknown[] = []
  const walk = (node: unknown, depth: number) => {
    if (!record(node) || depth > 50) return
    if (node.type === 'block') ids.push(...blockMediaIds(node))
    if (Array.isArray(node.children)) for (const child of node.children) walk(child, depth + 1)
  }
  if (record(data)) walk(data.root, 0)
  return ids
}

/**
 * Every image a text shows — inline uploads, photo reports, video posters — as ids, each once:
 * what a change of one of them must re-render (the posts' `bodyMedia`).
 */
export function richTextMedia(data: unknown): string[] {
  const ids = new Set<string>()
  const add = (value: unknown) => {
    const id = record(value) ? value.id : value
    if (typeof id === 'number' || (typeof id === 'string' && id !== '')) ids.add(String(id))
  }
  const walk = (node: unknown, depth: number) => {
    if (!record(node) || depth > 50) return
    if (node.type === 'upload' && node.relationTo === 'media') add(node.value)
    if (node.type === 'block') blockMediaIds(node).forEach(add)
    if (Array.isArray(node.children)) for (const child of node.children) walk(child, depth + 1)
  }
  if (record(data)) walk(data.root, 0)
  return [...ids]
}
