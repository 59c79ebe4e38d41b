/** Lexical block nodes of the body editor written by hand for tests: a photo report, a video. */
export const galleryBlock = (
  images: { image: unknown; caption?: string | null }[],
  extra: Record<string, unknown> = {},
) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: 'g1', blockName: '', blockType: 'gallery', images, ...extra },
})

export const videoBlock = (url: unknown, title?: string, poster?: unknown) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: {
    id: 'v1',
    blockName: '',
    blockType: 'video',
    url,
    ...(title === undefined ? {} : { title }),
    ...(poster === undefined ? {} : { poster }),
  },
})
