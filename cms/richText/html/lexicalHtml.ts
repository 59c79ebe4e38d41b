import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import type { Media } from '../../payload-types'
import { blockConverters } from './blockHtml'
import { escapeHtml, figureHtml } from './figureHtml'
import { mediaRef } from './mediaRef'

type ListItemConverter = Extract<NonNullable<HTMLConverters['listitem']>, Function>
type LinkConverter = Extract<NonNullable<HTMLConverters['link']>, Function>
type HeadingConverter = Extract<NonNullable<HTMLConverters['heading']>, Function>

/**
 * The page's title is its only <h1>: a text's own top heading (from an import's `# …`, or saved
 * before the editor offered «Заголовок 2»–«4» only) is written as <h2>, keeping the outline
 * that screen readers navigate by (issue 19).
 */
const heading: HeadingConverter = (args) =>
  (defaultHTMLConverters.heading as HeadingConverter)({
    ...args,
    node: { ...args.node, tag: args.node.tag === 'h1' ? 'h2' : args.node.tag },
  })

/** A post or page an internal link or a link card points at: its URL and title. */
export type DocLink = { url: string; title: string }
/**
 * Resolves the target of an internal link or relationship node (`value`: the populated doc or
 * its id); undefined when it has no public URL (unpublished, deleted, not loaded).
 */
export type ResolveDoc = (relationTo: string, value: unknown) => DocLink | undefined

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

/** Rich-text converters of the sites; `resolve` gives internal links and link cards their URL. */
function converters(resolve: ResolveDoc): HTMLConverters {
  const link = (defaultHTMLConverters.link as LinkConverter) ?? (() => '')
  return {
    ...defaultHTMLConverters,
    listitem: listItem,
    heading,
    // Only images reach the text (domain/richText/richTextNodes.ts); one without a file is left out.
    upload: ({ node }) => {
      const media = mediaRef(node.value as Media)
      return media ? figureHtml(media) : ''
    },
    link: (args) => {
      const { node, nodesToHTML } = args
      if (node.fields.linkType !== 'internal') return link(args)
      const doc = node.fields.doc
      const target = doc ? resolve(doc.relationTo, doc.value) : undefined
      const children = nodesToHTML({ nodes: node.children }).join('')
      // A link to something the sites do not show keeps its words, not a dead `href="#"`.
      return target ? `<a href="${escapeHtml(target.url)}">${children}</a>` : children
    },
    relationship: ({ node }) => {
      const target = resolve(node.relationTo, node.value)
      return target
        ? `<p class="rt-card"><a href="${escapeHtml(target.url)}">${escapeHtml(target.title)}</a></p>`
        : ''
    },
    // Photo reports and videos (blockHtml.ts); other blocks show nothing.
    blocks: blockConverters(),
    // The CMS refuses other nodes on save; one that slipped in earlier shows nothing.
    unknown: () => '',
  }
}

const noLinks: ResolveDoc = () => undefined

/** CMS rich text as HTML for the static sites (Lexical's own converters escape the text). */
export function lexicalHtml(data: unknown, resolve: ResolveDoc = noLinks): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  return convertLexicalToHTML({
    data: data as Parameters<typeof convertLexicalToHTML>[0]['data'],
    disableContainer: true,
    converters: converters(resolve),
  })
}
