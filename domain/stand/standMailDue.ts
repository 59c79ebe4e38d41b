/** The Monday mail goes out from this hour on (the org's wall clock): before the working day. */
export const STAND_MAIL_HOUR = 7

/**
 * Whether the Monday mail is due at `now`: Monday, from STAND_MAIL_HOUR, in the org's zone. The
 * printer checks on every pass and remembers what it sent (a file per org and week), so a
 * printer that was down at 07:00 still sends later that Monday, and only once.
 */
export function standMailDue(now: Date, timeZone: string): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now)
  const weekday = parts.find((p) => p.type === 'weekday')?.value
  const hour = Number(parts.find((p) => p.type === 'hour')?.value)
  return weekday === 'Mon' && hour >= STAND_MAIL_HOUR
}
