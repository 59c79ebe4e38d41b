import {
  lexicalEditor,
  LinkFeature,
  RelationshipFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'
import { RICH_TEXT_LINKS, RICH_TEXT_UPLOADS } from '../../domain/richText/richTextNodes'

/** Features replaced below with their allowed collections. */
const RESTRICTED = new Set(['upload', 'relationship', 'link'])

/**
 * The editor of article and page text: Payload's default features, but an upload is an image
 * from «Изображения» and an internal link or link card points at a post or page — what the
 * sites render (domain/richText/richTextNodes.ts). Depth 1: a text's images and links are
 * populated with the text, their own relations are not.
 */
export const bodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => !RESTRICTED.has(feature.key)),
    UploadFeature({ enabledCollections: [...RICH_TEXT_UPLOADS], maxDepth: 1 }),
    RelationshipFeature({ enabledCollections: [...RICH_TEXT_LINKS], maxDepth: 1 }),
    LinkFeature({ enabledCollections: [...RICH_TEXT_LINKS], maxDepth: 1 }),
  ],
})
