import { importFields } from '../../fields/importFields'
import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { canCreateContent } from '../../access/canCreateContent'
import { contentListFilter } from '../../orgChoice/orgChoiceFilters'
import { contentInScope } from '../../access/contentInScope'
import { ownerFields } from '../../fields/ownerFields'
import { setOwnerLineage } from '../../hooks/setOwnerLineage'
import { trackLocalChange, trackLocalDelete } from '../../publishing/hooks/trackLocal'
import { uploadsDir } from '../../../config/paths'
import { russianUploadFields, SIZE_OUT_OF_LISTS } from '../../uploads/russianUploadFields'
import { uploadHooks } from '../../uploads/uploadHooks'
import { IMAGE_POLICY, mimeTypesOf } from '../../uploads/uploadPolicy'

/**
 * Images are resized once at upload; every site links the same files, so a federation photo
 * shown on ten thousand sites is stored once.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { ru: 'Изображение' }, plural: { ru: 'Изображения' } },
  admin: {
    // The editor's own orgs, narrowed to the org chosen in the switcher (issue 19).
    baseFilter: contentListFilter,
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'organization'],
    group: { ru: 'Материалы' },
  },
  access: {
    read: anyone,
    create: canCreateContent,
    update: contentInScope,
    delete: contentInScope,
  },
  hooks: {
    // Content check, safe name, undo on failure: shared by every upload collection.
    ...uploadHooks(IMAGE_POLICY),
    beforeChange: [setOwnerLineage],
    afterChange: [trackLocalChange],
    afterDelete: [trackLocalDelete],
  },
  upload: {
    staticDir: uploadsDir('media'),
    mimeTypes: mimeTypesOf(IMAGE_POLICY),
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      {
        name: 'thumbnail',
        admin: SIZE_OUT_OF_LISTS,
        width: 400,
        height: 300,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 78 } },
      },
      {
        name: 'card',
        admin: SIZE_OUT_OF_LISTS,
        width: 800,
        height: 450,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
      // Proportions kept (no height): the steps of every srcset, so a 360 px card on a phone
      // takes the 480 or 960 px file rather than the 1600 px one (never the original).
      {
        name: 'small',
        admin: SIZE_OUT_OF_LISTS,
        width: 480,
        withoutEnlargement: true,
        formatOptions: { format: 'webp', options: { quality: 78 } },
      },
      {
        name: 'medium',
        admin: SIZE_OUT_OF_LISTS,
        width: 960,
        withoutEnlargement: true,
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
      {
        name: 'wide',
        admin: SIZE_OUT_OF_LISTS,
        width: 1600,
        withoutEnlargement: true,
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
    ],
  },
  fields: [
    // Payload's own upload fields, labelled in Russian.
    ...russianUploadFields(),
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { ru: 'Описание для незрячих (alt)' },
      admin: {
        description: { ru: 'Что изображено — его прочитает экранный диктор. Обязательно.' },
      },
    },
    { name: 'caption', type: 'text', label: { ru: 'Подпись' } },
    ...ownerFields(),
    ...importFields(),
  ],
}
