import type { CollectionConfig } from 'payload'
import { nobody } from '../SiteVisits/access/nobody'
import { platformAdminOnly } from '../../access/platformAdminOnly'

const readOnly = { readOnly: true } as const

/**
 * How far the job has read each log file: its inode and byte offset, so a run resumes where the
 * last one stopped and a rotated file is finished before the new one is begun. Written in the
 * same transaction as the counts: a line is counted once.
 */
export const VisitLogCursors: CollectionConfig = {
  slug: 'visit-log-cursors',
  labels: { singular: { ru: 'Позиция в журнале' }, plural: { ru: 'Позиции в журналах' } },
  admin: { group: { ru: 'Служебное' }, hidden: true, useAsTitle: 'file' },
  lockDocuments: false,
  access: { read: platformAdminOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'file', type: 'text', required: true, unique: true, admin: readOnly },
    { name: 'inode', type: 'text', required: true, admin: readOnly },
    { name: 'offset', type: 'number', required: true, admin: readOnly },
  ],
}
