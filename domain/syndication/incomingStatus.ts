import type { OrgId } from '../org/orgGraph'
import type { Decision, DecisionAction } from './types'

/** Why a mandatory item cannot be hidden: the inbox, its endpoint and the collection's hook. */
export const MANDATORY_REASON = 'материал обязателен для сайтов ниже: скрыть его нельзя'

/** What the review inbox shows about one incoming item (see feedOf for the same rules). */
export interface IncomingStatus {
  hidden: boolean
  /** Pinned now: a pin without an end, or one ending later than `now`. */
  pinned: boolean
  pinnedUntil: string | null
  accepted: boolean
  /** Under a review policy, neither accepted nor hidden nor mandatory: not on the site yet. */
  waiting: boolean
  /** Whether the site shows it now: feedOf's rule for items that arrive from above. */
  shown: boolean
}

export interface IncomingInput {
  post: OrgId
  mandatory: boolean
  policy: 'auto' | 'review'
  /** The receiving org's decisions (others are ignored by the caller). */
  decisions: readonly Decision[]
  /** The receiving org reposted it (it then counts as accepted, as in feedOf). */
  repostedBySelf?: boolean
  now: Date
}

/**
 * The state of an item arriving from above, by the same rules as feedOf: mandatory items are
 * never hidden and never wait; under `review` an item shows only once accepted.
 */
export function incomingStatus(input: IncomingInput): IncomingStatus {
  const mine = input.decisions.filter((d) => String(d.post) === String(input.post))
  const has = (action: DecisionAction) => mine.some((d) => d.action === action)
  const pin = mine.find((d) => d.action === 'pin')
  const pinned = Boolean(pin && (!pin.until || new Date(pin.until) > input.now))
  const hidden = !input.mandatory && has('hide')
  const accepted = Boolean(input.repostedBySelf) || has('accept')
  const waiting = input.policy === 'review' && !input.mandatory && !accepted && !hidden
  return {
    hidden,
    pinned,
    pinnedUntil: pinned ? (pin?.until ?? null) : null,
    accepted,
    waiting,
    shown: !hidden && !waiting,
  }
}

/** Whole days an item has been waiting (from its publication), for the oldest-first order. */
export function waitingDays(publishedAt: string, now: Date): number {
  const since = Date.parse(publishedAt)
  return Number.isNaN(since) ? 0 : Math.max(0, Math.floor((now.getTime() - since) / 86_400_000))
}

/** Waiting items first, oldest first; then the rest newest first (the feed's order). */
export function compareIncoming(
  a: { waiting: boolean; publishedAt: string },
  b: { waiting: boolean; publishedAt: string },
): number {
  if (a.waiting !== b.waiting) return a.waiting ? -1 : 1
  if (a.publishedAt === b.publishedAt) return 0
  return (a.publishedAt < b.publishedAt ? -1 : 1) * (a.waiting ? 1 : -1)
}
