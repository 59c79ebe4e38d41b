/** What a subscriber receives: every new item as it is published, or one digest a week. */
export const SUBSCRIPTION_MODES = [
  { value: 'every', label: 'Каждая новость' },
  { value: 'weekly', label: 'Еженедельный дайджест' },
] as const

export type SubscriptionMode = (typeof SUBSCRIPTION_MODES)[number]['value']

/**
 * A row's life: `pending` until the link in the one confirmation mail is followed (nothing else
 * is ever sent to it), `confirmed`, `unsubscribed` (at once, by the link), `bounced` (the SMTP
 * server refused the address for good: suppressAddress).
 */
export const SUBSCRIBER_STATUSES = [
  { value: 'pending', label: 'Ждёт подтверждения' },
  { value: 'confirmed', label: 'Подписан' },
  { value: 'unsubscribed', label: 'Отписался' },
  { value: 'bounced', label: 'Адрес недоступен' },
] as const

export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number]['value']

export const isSubscriptionMode = (value: unknown): value is SubscriptionMode =>
  SUBSCRIPTION_MODES.some((m) => m.value === value)
