/** The publishing state of one site, as editors see it in the admin. */
export const BUILD_STATUSES = {
  published: 'Опубликован',
  pending: 'Ожидает публикации',
  building: 'Публикуется',
  failed: 'Ошибка публикации',
} as const

export type BuildStatus = keyof typeof BUILD_STATUSES

export interface BuildStateRow {
  requested?: number | string | null
  built?: number | string | null
  leaseUntil?: string | Date | null
  lastError?: string | null
}

export function buildStatus(row: BuildStateRow, now = new Date()): BuildStatus {
  const lease = row.leaseUntil ? new Date(row.leaseUntil) : null
  if (lease && lease > now) return 'building'
  if (Number(row.requested ?? 0) <= Number(row.built ?? 0)) return 'published'
  return row.lastError ? 'failed' : 'pending'
}
