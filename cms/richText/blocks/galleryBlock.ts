import type { Block } from 'payload'
import { CAPTION_MAX, GALLERY_MAX, GALLERY_MIN } from '../../../domain/richText/blockProblems'

/**
 * A photo report in the text: 2–30 images from «Изображения», each with an optional caption
 * that replaces the image's own. The sites show a grid that opens each photo large
 * (cms/richText/html/galleryHtml.ts).
 */
export const galleryBlock: Block = {
  slug: 'gallery',
  labels: { singular: { ru: 'Фоторепортаж' }, plural: { ru: 'Фоторепортажи' } },
  fields: [
    {
      name: 'images',
      type: 'array',
      label: { ru: 'Фотографии' },
      labels: { singular: { ru: 'Фотография' }, plural: { ru: 'Фотографии' } },
      required: true,
      minRows: GALLERY_MIN,
      maxRows: GALLERY_MAX,
      admin: { description: { ru: `От ${GALLERY_MIN} до ${GALLERY_MAX} изображений.` } },
      fields: [
        {
          name: 'image',
          type: 'upload',
          relationTo: 'media',
          required: true,
          label: { ru: 'Изображение' },
        },
        {
          name: 'caption',
          type: 'text',
          maxLength: CAPTION_MAX,
          label: { ru: 'Подпись' },
          admin: { description: { ru: 'Если пусто — подпись самого изображения.' } },
        },
      ],
    },
  ],
}
