import type { Field } from 'payload'

/**
 * The org's personal-data policy, the page the feedback form's consent links to (152-ФЗ art. 18.1
 * requires the operator to publish it). Optional: empty, the site shows a text generated from the
 * org's name and contacts (site/src/lib/privacyPolicy.ts), so every site has one from day one.
 */
export const privacyPolicy: Field = {
  name: 'privacyPolicy',
  type: 'textarea',
  maxLength: 100_000,
  label: { ru: 'Политика обработки персональных данных' },
  admin: {
    rows: 12,
    description: {
      ru: 'Текст страницы «Политика обработки персональных данных» на сайте; абзацы разделяйте пустой строкой. Если оставить пустым, на сайте будет типовой текст с названием, адресом и электронной почтой организации.',
    },
  },
}
