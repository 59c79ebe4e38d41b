import type { DecisionAction } from './types'

/** A decision said of the item («материал»: masculine), as the admin's title shows it. */
const DONE: Record<DecisionAction, string> = {
  hide: 'Скрыт',
  pin: 'Закреплён',
  accept: 'Принят',
}

const MAX_TITLE = 160

/**
 * The title of a feed decision in the admin (issue 19: saved decisions were titled "hide" and
 * "pin"): what was decided and about which item, «Скрыт: Федерация объявляет…»; without the
 * item's title, «Материал скрыт».
 */
export function decisionTitle(action: DecisionAction, postTitle?: string | null): string {
  const done = DONE[action]
  const title = postTitle?.trim()
  if (!title) return `Материал ${done.toLowerCase()}`
  const full = `${done}: ${title}`
  return full.length > MAX_TITLE ? `${full.slice(0, MAX_TITLE - 1).trimEnd()}…` : full
}
