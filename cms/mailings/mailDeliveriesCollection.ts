import type { CollectionConfig } from 'payload'
import { isPlatformAdmin } from '../../domain/access/scope'
import { userOf } from '../access/userOf'

export const MAIL_DELIVERIES_SLUG = 'mail-deliveries'

/**
 * The mailings' delivery log: one row per (address, item) of «every» and per (address, week) of
 * the digest, under a unique key (domain/mailings/deliveryKey.ts). A sender inserts the row
 * («claimed») in its own committed statement BEFORE it hands the message to SMTP, and marks it
 * «sent» after; a second run, another worker or a retry finds the key taken and sends nothing.
 * A row left «claimed» is a sender killed between the claim and the end of the handoff: the
 * message may or may not have left, and it is not sent again (at most once; docs/ARCHITECTURE.md
 * «Mailings»). Written through drizzle (deliveryLog.ts); read-only for the platform admin, who
 * sees such rows here. Kept without body: the key, address, state and the SMTP error.
 */
export const MailDeliveries: CollectionConfig = {
  slug: MAIL_DELIVERIES_SLUG,
  labels: { singular: { ru: 'Отправка рассылки' }, plural: { ru: 'Журнал рассылки' } },
  admin: {
    group: { ru: 'Служебное' },
    useAsTitle: 'key',
    defaultColumns: ['key', 'state', 'error', 'updatedAt'],
  },
  graphQL: false,
  lockDocuments: false,
  access: {
    read: ({ req }) => isPlatformAdmin(userOf(req)),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, label: { ru: 'Ключ' } },
    { name: 'email', type: 'text', required: true, index: true, label: { ru: 'Адрес' } },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      label: { ru: 'Состояние' },
      options: [
        { value: 'claimed', label: { ru: 'Передаётся (или прервано)' } },
        { value: 'sent', label: { ru: 'Передано серверу' } },
        { value: 'failed', label: { ru: 'Адрес отклонён' } },
      ],
    },
    { name: 'error', type: 'text', label: { ru: 'Ошибка' } },
  ],
}
