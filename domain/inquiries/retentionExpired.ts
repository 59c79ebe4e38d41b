const DAY_MS = 24 * 60 * 60 * 1000

/** Whether a closed inquiry's personal data must go: `retentionDays` full days after closing. */
export function retentionExpired(closedAt: Date, retentionDays: number, now: Date): boolean {
  return now.getTime() - closedAt.getTime() >= retentionDays * DAY_MS
}
