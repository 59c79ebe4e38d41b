import type { OrgId } from '../org/orgGraph'

/**
 * The delivery log's unique keys: one message per (address, item) for «every» and per
 * (address, week) for the digest, whatever the number of runs, workers or sites showing the item.
 * Addresses are compared lower-cased, as the subscribers collection stores them.
 */
export const itemDeliveryKey = (email: string, post: OrgId) =>
  `item:${String(post)}:${email.trim().toLowerCase()}`

export const digestDeliveryKey = (email: string, week: string) =>
  `digest:${week}:${email.trim().toLowerCase()}`
