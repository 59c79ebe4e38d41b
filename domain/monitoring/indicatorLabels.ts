import type { IndicatorId, Light } from './indicatorTypes'

/** Column headers of the dashboard and its exports, in Russian, in the order of INDICATOR_IDS. */
export const INDICATOR_LABELS: Record<IndicatorId, string> = {
  site: 'Сайт или раздел',
  news7: 'Новости за 7 дней',
  news30: 'Новости за 30 дней',
  news90: 'Новости за 90 дней',
  lastNews: 'Дней с последней новости',
  reviewBacklog: 'Ожидают проверки',
  proposals: 'Предложено наверх',
  infoOfficer: 'Ответственный за информработу',
  contacts: 'Контакты',
  hotline: 'Горячая линия',
  socials: 'Соцсети',
  publicReport: 'Публичный отчёт',
  collectiveAgreement: 'Коллективный договор',
  feedbackForm: 'Форма обращений',
  answerTime: 'Срок ответа (медиана)',
  answeredInTime: 'Отвечено в срок',
  subscribers: 'Подписчики',
  stand: 'Стенд недели',
  visits30: 'Посещения за 30 дней',
}

/**
 * A light told without its colour (for colour-blind readers, screen readers and the CSV): a sign
 * and a word. The sign differs in shape, not only in colour.
 */
export const LIGHT_LABELS: Record<Light, { sign: string; word: string }> = {
  green: { sign: '✓', word: 'норма' },
  amber: { sign: '!', word: 'внимание' },
  red: { sign: '✕', word: 'плохо' },
  none: { sign: '—', word: 'не применяется' },
}

/** Severity for sorting and for «что исправить»: red first, then amber. */
export const LIGHT_RANK: Record<Light, number> = { red: 0, amber: 1, green: 2, none: 3 }
