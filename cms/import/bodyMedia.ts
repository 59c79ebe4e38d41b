import { bodyBlockMedia } from './bodyBlocks'

/** An image in a bundle's Markdown: `![media:<media key>]()`. */
export const BODY_MEDIA = /!\[media:([a-z0-9-]+)\]\(\)/g

/**
 * Images in a bundle's Markdown are written `![media:<media key>]()`; Lexical's Markdown import
 * turns `![media:<id>]()` into an upload node, so each key is swapped for the imported image's
 * id first (`idOf` throws on a key the bundle does not define). The `media:<key>` lines of
 * photo reports and videos (bodyBlocks.ts) are swapped the same way.
 */
export function bodyMedia(markdown: string, idOf: (key: string) => number | string): string {
  return bodyBlockMedia(
    markdown.replace(BODY_MEDIA, (_, key: string) => `![media:${idOf(key)}]()`),
    idOf,
  )
}
