import type { CollectionConfig } from 'payload'
import { importFields } from '../../fields/importFields'
import { GRANT_ROLES } from '../../../domain/access/scope'
import { platformAdminOnly } from '../../access/platformAdminOnly'
import { canCreateUser, canDeleteUser, canUpdateUser } from './access/manageUsers'
import { platformAdminRole } from './access/platformAdminRole'
import { readUsers } from './access/readUsers'
import { checkGrants, checkUserDelete } from './hooks/checkGrants'
import { checkPassword } from './hooks/checkPassword'
import { guardAccount } from './hooks/guardAccount'
import { forgetLogins, limitLogins } from './hooks/limitLogins'
import { readEmail } from './access/readEmail'
import { authCookies } from '../../auth/authCookies'
import { internalField } from '../../security/internalField'

const ROLE_LABELS = { admin: 'Администратор организации', editor: 'Редактор' } as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { ru: 'Пользователь' }, plural: { ru: 'Пользователи' } },
  auth: {
    tokenExpiration: 60 * 60 * 12,
    // No per-account lockout: it let anyone lock out any known address and told which exist.
    // Logins are rate-limited per address and client IP instead (hooks/limitLogins).
    maxLoginAttempts: 0,
    cookies: authCookies(),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: { ru: 'Структура' },
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    read: readUsers,
    create: canCreateUser,
    update: canUpdateUser,
    delete: canDeleteUser,
    // Unlocking is moot without a lockout; keep the endpoint from being anybody's tool.
    unlock: platformAdminOnly,
  },
  hooks: {
    beforeOperation: [checkPassword, limitLogins],
    beforeChange: [guardAccount, checkGrants],
    beforeDelete: [checkUserDelete],
    afterLogin: [forgetLogins],
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      // Payload's own auth field, labelled «Email» in English otherwise (issue 19).
      label: { ru: 'Электронная почта' },
      access: { read: readEmail },
    },
    { name: 'name', type: 'text', required: true, label: { ru: 'Имя' } },
    {
      // Read by the mailMonitoringReminders job (issue 18): the weekly reminder and the monthly summary.
      name: 'monitoringReminders',
      type: 'checkbox',
      defaultValue: true,
      label: { ru: 'Получать напоминания мониторинга' },
      admin: {
        position: 'sidebar',
        description: {
          ru: 'Еженедельное письмо редакторам и администраторам о том, что исправить, и ежемесячная сводка по ППО администраторам теркома.',
        },
      },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'member',
      label: { ru: 'Роль на платформе' },
      options: [
        { value: 'member', label: { ru: 'Сотрудник организаций' } },
        { value: 'platform-admin', label: { ru: 'Администратор платформы' } },
      ],
      access: { create: platformAdminRole, update: platformAdminRole },
      admin: { position: 'sidebar' },
    },
    {
      name: 'grants',
      type: 'array',
      label: { ru: 'Права в организациях' },
      labels: { singular: { ru: 'Право' }, plural: { ru: 'Права' } },
      admin: {
        description: {
          ru: 'Администратор управляет настройками и пользователями организации, редактор — её материалами. «Включая все нижестоящие» распространяет право на всё дерево (например, на ППО без своего редактора).',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'organization',
              type: 'relationship',
              relationTo: 'organizations',
              required: true,
              index: true,
              label: { ru: 'Организация' },
            },
            {
              name: 'role',
              type: 'select',
              required: true,
              defaultValue: 'editor',
              label: { ru: 'Роль' },
              options: GRANT_ROLES.map((value) => ({ value, label: { ru: ROLE_LABELS[value] } })),
            },
            {
              name: 'subtree',
              type: 'checkbox',
              defaultValue: false,
              label: { ru: 'Включая все нижестоящие' },
            },
          ],
        },
      ],
    },
    ...importFields(),
    internalField(
      {
        name: 'grantLineage',
        type: 'relationship',
        relationTo: 'organizations',
        hasMany: true,
        label: { ru: 'Организации в зоне прав' },
        admin: { hidden: true, readOnly: true },
      },
      'staff',
    ),
  ],
}
