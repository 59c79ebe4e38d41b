import type { Field } from 'payload'
import { ORG_KIND_SHORT_LABELS, ORG_KINDS } from '../../../../domain/org/orgKinds'
import { DEFAULT_THRESHOLDS as D } from '../../../../domain/monitoring/thresholds'

const KIND_OPTIONS = ORG_KINDS.map((value) => ({
  value,
  label: { ru: ORG_KIND_SHORT_LABELS[value] },
}))
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
const byDefault = (value: unknown) => ({ ru: `Пусто — по умолчанию ${String(value)}.` })

/** A whole-number threshold; empty keeps the documents' default (DEFAULT_THRESHOLDS). */
const number = (name: keyof typeof D, ru: string, max = 10_000): Field => ({
  name,
  type: 'number',
  min: 0,
  max,
  label: { ru },
  admin: { placeholder: String(D[name]), description: byDefault(D[name]) },
})

const kinds = (
  name: 'hotlineKinds' | 'collectiveAgreementKinds' | 'standKinds',
  ru: string,
): Field => ({
  name,
  type: 'select',
  hasMany: true,
  // Its own table and enum: the default names (organizations_monitoring_settings_…) exceed
  // PostgreSQL's 63 characters; the enum must not share the table's name.
  dbName: `org_mon_${snake(name)}`,
  enumName: `enum_org_mon_${snake(name)}`,
  options: KIND_OPTIONS,
  label: { ru },
  admin: {
    description: byDefault(
      (D[name] as readonly (keyof typeof ORG_KIND_SHORT_LABELS)[])
        .map((k) => ORG_KIND_SHORT_LABELS[k])
        .join(', '),
    ),
  },
})

/**
 * Per network (set on the network root, like inquirySettings; every org of the network follows
 * it): the targets of the monitoring of the information work. Every empty field keeps the
 * default taken from the union documents (domain/monitoring/thresholds.ts says where from).
 */
export const monitoringSettings: Field = {
  name: 'monitoringSettings',
  type: 'group',
  label: { ru: 'Мониторинг информационной работы' },
  admin: {
    condition: (data) => Boolean(data?.hosting?.networkDomain),
    description: { ru: 'Нормы для всей сети. Пустое поле — норма из документов профсоюзов.' },
  },
  fields: [
    {
      type: 'row',
      fields: [
        number('news7Target', 'Новостей за 7 дней'),
        number('news30Target', 'Новостей за 30 дней'),
        number('news90Target', 'Новостей за 90 дней'),
      ],
    },
    {
      type: 'row',
      fields: [
        number('lastNewsAmberDays', 'Без новостей: жёлтый после, дней', 3650),
        number('lastNewsRedDays', 'Без новостей: красный после, дней', 3650),
      ],
    },
    {
      type: 'row',
      fields: [
        number('socialRequiredOver', 'Соцсети обязательны свыше, членов', 10_000_000),
        number('siteRequiredOver', 'Свой сайт обязателен свыше, членов', 10_000_000),
      ],
    },
    kinds('hotlineKinds', 'Горячая линия обязательна для уровней'),
    kinds('collectiveAgreementKinds', 'Коллективный договор на сайте для уровней'),
    kinds('standKinds', 'Еженедельный стенд для уровней'),
    {
      type: 'row',
      fields: [
        {
          name: 'publicReportDeadline',
          type: 'text',
          label: { ru: 'Публичный отчёт за прошлый год до (ММ-ДД)' },
          admin: {
            placeholder: D.publicReportDeadline,
            description: byDefault('04-01 (1 апреля)'),
          },
          validate: (value: unknown) =>
            value === null ||
            value === undefined ||
            value === '' ||
            /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(String(value))
              ? true
              : 'Укажите дату в виде ММ-ДД, например 04-01.',
        },
        number('proposalsQuarterTarget', 'Принятых предложений за квартал'),
      ],
    },
    {
      type: 'row',
      fields: [
        number('reviewAmberDays', 'Входящие ждут: жёлтый после, дней', 3650),
        number('reviewRedDays', 'Входящие ждут: красный после, дней', 3650),
      ],
    },
    {
      name: 'answeredInTimeTarget',
      type: 'number',
      min: 0,
      max: 1,
      label: { ru: 'Доля ответов в срок (0–1)' },
      admin: {
        step: 0.05,
        placeholder: String(D.answeredInTimeTarget),
        description: { ru: 'Срок ответа задаётся в разделе «Обращения». Пусто — 0,8.' },
      },
    },
  ],
}
