import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'

type ListItemConverter = Extract<NonNullable<HTMLConverters['listitem']>, Function>

/**
 * Lexical writes `<li class="" style="" value="1">` in every list; `value` is invalid HTML inside
 * `<ul>` (the Nu Html Checker fails every such page). Bullet and numbered items are written plainly
 * here, numbered ones keeping their `value`; check-list items keep Lexical's own markup.
 */
const listItem: ListItemConverter = (args) => {
  const { node, nodesToHTML, parent, providedCSSString } = args
  const listType = 'listType' in parent ? parent.listType : undefined
  if (listType === 'check') return (defaultHTMLConverters.listitem as ListItemConverter)(args)
  const children = nodesToHTML({ nodes: node.children }).join('')
  const nested = node.children.some((child) => child.type === 'list')
  const value = 'tag' in parent && parent.tag === 'ol' ? ` value="${Number(node.value)}"` : ''
  // Indent and alignment set in the editor; a nested list's own item shows no marker of its own.
  const css = `${nested ? 'list-style-type: none;' : ''}${providedCSSString}`
  const style = css ? ` style="${css}"` : ''
  return `<li${nested ? ' class="nestedListItem"' : ''}${style}${value}>${children}</li>`
}

/** CMS rich text as HTML for the static sites (Lexical's own converters escape the text). */
export function lexicalHtml(data: unknown): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  return convertLexicalToHTML({
    data: data as Parameters<typeof convertLexicalToHTML>[0]['data'],
    disableContainer: true,
    converters: { ...defaultHTMLConverters, listitem: listItem },
  })
}
