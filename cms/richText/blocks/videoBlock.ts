import type { Block } from 'payload'
import { VIDEO_TITLE_MAX } from '../../../domain/richText/blockProblems'
import { parseVideoUrl, VIDEO_URL_ERROR } from '../../../domain/richText/videoLink'

/**
 * A video in the text by a pasted link from RuTube, VK Video or YouTube. The sites load nothing
 * from the video host until the reader clicks the poster (cms/richText/html/videoHtml.ts).
 */
export const videoBlock: Block = {
  slug: 'video',
  labels: { singular: { ru: 'Видео' }, plural: { ru: 'Видео' } },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { ru: 'Ссылка на видео' },
      admin: {
        description: {
          ru: 'Адрес ролика на RuTube, VK Видео или YouTube — из адресной строки или кнопки «Поделиться».',
        },
      },
      validate: (value: unknown) => (parseVideoUrl(value) ? true : VIDEO_URL_ERROR),
    },
    { name: 'title', type: 'text', maxLength: VIDEO_TITLE_MAX, label: { ru: 'Название' } },
    {
      name: 'poster',
      type: 'upload',
      relationTo: 'media',
      label: { ru: 'Обложка' },
      admin: {
        description: {
          ru: 'Кадр из «Изображений». Без обложки сайт покажет нейтральную заставку: картинки с видеохостинга не загружаются.',
        },
      },
    },
  ],
}
