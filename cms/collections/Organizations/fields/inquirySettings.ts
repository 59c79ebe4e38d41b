import type { Field } from 'payload'
import {
  DEFAULT_ANSWER_TARGET_DAYS,
  DEFAULT_RETENTION_DAYS,
} from '../../../../domain/inquiries/inquiryDefaults'

/**
 * Per network (set on the org that declares the network domain; every org of the network
 * follows it): how long closed inquiries keep the member's personal data, and the answer target
 * the monitoring measures. Shown only on network roots, where it counts.
 */
export const inquirySettings: Field = {
  name: 'inquirySettings',
  type: 'group',
  label: { ru: 'Обращения' },
  admin: { condition: (data) => Boolean(data?.hosting?.networkDomain) },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'retentionDays',
          type: 'number',
          min: 30,
          max: 3650,
          defaultValue: DEFAULT_RETENTION_DAYS,
          label: { ru: 'Хранить закрытые обращения, дней' },
          admin: {
            description: {
              ru: 'После закрытия обращение и вложение удаляются по истечении срока (по умолчанию 365).',
            },
          },
        },
        {
          name: 'answerTargetDays',
          type: 'number',
          min: 1,
          max: 30,
          defaultValue: DEFAULT_ANSWER_TARGET_DAYS,
          label: { ru: 'Срок ответа, рабочих дней' },
          admin: { description: { ru: 'Цель для мониторинга (по умолчанию 3).' } },
        },
      ],
    },
  ],
}
