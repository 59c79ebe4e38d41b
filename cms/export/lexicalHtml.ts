import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

/** CMS rich text as HTML for the static sites (Lexical's own converters escape the text). */
export function lexicalHtml(data: unknown): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  return convertLexicalToHTML({
    data: data as Parameters<typeof convertLexicalToHTML>[0]['data'],
    disableContainer: true,
  })
}
