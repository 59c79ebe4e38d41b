import type { CollectionConfig } from 'payload'
import { platformAdminOnly } from '../../access/platformAdminOnly'
import { russianUploadFields } from '../../uploads/russianUploadFields'
import { uploadHooks } from '../../uploads/uploadHooks'
import { mimeTypesOf } from '../../uploads/uploadPolicy'
import { INQUIRY_FILE_POLICY } from '../../inquiries/inquiryFilePolicy'
import { inquiryFilesDir } from '../../inquiries/inquiryFilesDir'
import { nobody } from '../Inquiries/access/nobody'
import { recordAccess } from '../Inquiries/access/personalData'
import { readInquiryFiles } from './access/readInquiryFiles'

/**
 * A member's attachment (a photo or a PDF). Private: stored outside the public uploads folder,
 * served only through Payload's file route with the inquiry's rights, created only by
 * receiveInquiry and deleted with its inquiry.
 */
export const InquiryFiles: CollectionConfig = {
  slug: 'inquiry-files',
  labels: { singular: { ru: 'Вложение обращения' }, plural: { ru: 'Вложения обращений' } },
  admin: { hidden: true, group: { ru: 'Обращения' } },
  access: {
    read: readInquiryFiles,
    create: nobody,
    update: nobody,
    delete: platformAdminOnly,
  },
  // Content check by the bytes, safe name, undo on failure: shared by every upload collection.
  hooks: { ...uploadHooks(INQUIRY_FILE_POLICY) },
  upload: {
    staticDir: inquiryFilesDir(),
    mimeTypes: mimeTypesOf(INQUIRY_FILE_POLICY),
    pasteURL: false,
    // Sent as a download, never rendered inline on the admin's origin.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Disposition', 'attachment')
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Cache-Control', 'private, no-store')
      return headers
    },
  },
  fields: [
    // Payload's own upload fields, labelled in Russian.
    ...russianUploadFields(),
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      required: true,
      index: true,
      access: recordAccess,
      label: { ru: 'Организация' },
      admin: { readOnly: true },
    },
  ],
}
