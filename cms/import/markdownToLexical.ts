import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'
import { splitBodyBlocks } from './bodyBlocks'

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>
let cached: Promise<EditorConfig> | undefined

/**
 * Bundles carry Markdown; the CMS stores Lexical JSON, converted with the editor's own features.
 * Photo reports and videos (fenced blocks, bodyBlocks.ts) go between the converted parts.
 */
export async function markdownToLexical(config: SanitizedConfig, markdown: string) {
  cached ??= editorConfigFactory.default({ config })
  const editorConfig = await cached
  const segments = splitBodyBlocks(markdown)
  if (segments.length === 1 && 'markdown' in segments[0]!)
    return convertMarkdownToLexical({ editorConfig, markdown })
  const root = convertMarkdownToLexical({ editorConfig, markdown: '' })
  const children: unknown[] = []
  for (const segment of segments) {
    if ('block' in segment) children.push(segment.block)
    else
      children.push(
        ...convertMarkdownToLexical({ editorConfig, markdown: segment.markdown }).root.children,
      )
  }
  return { ...root, root: { ...root.root, children } } as typeof root
}
