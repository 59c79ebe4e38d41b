import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>
let cached: Promise<EditorConfig> | undefined

/** Bundles carry Markdown; the CMS stores Lexical JSON, converted with the editor's own features. */
export async function markdownToLexical(config: SanitizedConfig, markdown: string) {
  cached ??= editorConfigFactory.default({ config })
  return convertMarkdownToLexical({ editorConfig: await cached, markdown })
}
