import { createHash } from 'node:crypto'

/**
 * Photo reports and videos in a bundle's Markdown, as fenced blocks on lines of their own:
 *
 *     ```gallery
 *     media:<media key> Подпись (необязательно)
 *     media:<media key>
 *     ```
 *
 *     ```video
 *     https://rutube.ru/video/<id>/
 *     title: Название (необязательно)
 *     poster: media:<media key> (необязательно)
 *     ```
 *
 * Lexical's Markdown import knows no blocks, so the body is split at these fences, each part of
 * Markdown converted on its own and the block nodes put between them (markdownToLexical.ts).
 */
export const BODY_BLOCK = /^```(gallery|video)[ \t]*\r?\n([\s\S]*?)\r?\n```[ \t]*$/gm
const MEDIA_KEY = /(^|\s|:\s*)media:([a-z0-9-]+)/g

export type BodySegment = { markdown: string } | { block: Record<string, unknown> }

/** Swaps the media keys inside the block fences for ids (`idOf` throws on an unknown key). */
export function bodyBlockMedia(markdown: string, idOf: (key: string) => number | string): string {
  return markdown.replace(BODY_BLOCK, (fence: string) =>
    fence.replace(MEDIA_KEY, (_, lead: string, key: string) => `${lead}media:${idOf(key)}`),
  )
}

/** The same fence gives the same ids, so that a re-import leaves the stored text unchanged. */
const stableId = (seed: string) => createHash('sha256').update(seed).digest('hex').slice(0, 24)
const mediaId = (ref: string) => {
  const id = /^media:(\S+)$/.exec(ref.trim())?.[1]
  if (!id) throw new Error(`«${ref}»: ожидается media:<ключ изображения>`)
  return /^[0-9]+$/.test(id) ? Number(id) : id
}

function blockFields(kind: string, text: string): Record<string, unknown> {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  const id = stableId(`${kind}\n${text}`)
  if (kind === 'gallery') {
    const images = lines.map((line, i) => {
      const [ref = '', ...caption] = line.split(/\s+/)
      return { id: stableId(`${id}/${i}`), image: mediaId(ref), caption: caption.join(' ') || null }
    })
    return { id, blockName: '', blockType: 'gallery', images }
  }
  const field = (name: string) =>
    lines
      .find((l) => l.startsWith(`${name}:`))
      ?.slice(name.length + 1)
      .trim() || undefined
  const poster = field('poster')
  return {
    id,
    blockName: '',
    blockType: 'video',
    url: lines[0] ?? '',
    title: field('title') ?? null,
    poster: poster ? mediaId(poster) : null,
  }
}

/** The body as Markdown parts and block nodes, in order; no fence, one Markdown part. */
export function splitBodyBlocks(markdown: string): BodySegment[] {
  const out: BodySegment[] = []
  let last = 0
  for (const match of markdown.matchAll(BODY_BLOCK)) {
    out.push({ markdown: markdown.slice(last, match.index) })
    const block = {
      type: 'block',
      version: 2,
      format: '',
      fields: blockFields(match[1]!, match[2]!),
    }
    out.push({ block })
    last = match.index + match[0].length
  }
  out.push({ markdown: markdown.slice(last) })
  return out.filter((s) => !('markdown' in s) || s.markdown.trim() !== '')
}
