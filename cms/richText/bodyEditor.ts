import {
  BlocksFeature,
  HeadingFeature,
  lexicalEditor,
  LinkFeature,
  RelationshipFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'
import { RICH_TEXT_LINKS, RICH_TEXT_UPLOADS } from '../../domain/richText/richTextNodes'
import { galleryBlock } from './blocks/galleryBlock'
import { videoBlock } from './blocks/videoBlock'

/** Features replaced below with their allowed collections or sizes. */
const RESTRICTED = new Set(['upload', 'relationship', 'link', 'heading'])

/**
 * The editor of article and page text: Payload's default features, but an upload is an image
 * from «Изображения», an internal link or link card points at a post or page, and the blocks are
 * a photo report and a video — what the sites render (domain/richText/richTextNodes.ts).
 * Depth 1: a text's images (in blocks too) and links are populated with the text, their own
 * relations are not.
 */
export const bodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => !RESTRICTED.has(feature.key)),
    UploadFeature({ enabledCollections: [...RICH_TEXT_UPLOADS], maxDepth: 1 }),
    RelationshipFeature({ enabledCollections: [...RICH_TEXT_LINKS], maxDepth: 1 }),
    LinkFeature({ enabledCollections: [...RICH_TEXT_LINKS], maxDepth: 1 }),
    // The page's title is its <h1>: «Заголовок 1» in the text would make a second (issue 19).
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    // Photo reports and videos: blocks of their own line, no inline blocks.
    BlocksFeature({ blocks: [galleryBlock, videoBlock] }),
  ],
})
