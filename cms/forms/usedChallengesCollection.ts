import type { CollectionConfig } from 'payload'
import { closedToApi } from '../security/closedToApi'

export const USED_CHALLENGES_SLUG = 'form-challenges'

/**
 * The ids of proof-of-work solutions already accepted by the form, each kept until its challenge
 * expires (after that the challenge itself is refused). A collection only so the table is in the
 * schema on SQLite and PostgreSQL; written through drizzle (usedChallengeTable.ts) with an insert
 * that the unique key lets exactly one of two concurrent replays win. Closed to the API.
 */
export const UsedChallenges: CollectionConfig = {
  slug: USED_CHALLENGES_SLUG,
  labels: { singular: { ru: 'Решение проверки формы' }, plural: { ru: 'Решения проверки формы' } },
  ...closedToApi,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'expire', type: 'date', required: true, index: true },
  ],
}
