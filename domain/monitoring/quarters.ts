/**
 * Quarter labels of the monitoring's snapshots (issue 18), `2026-Q4`, in Moscow time: the
 * network works by Moscow's calendar, so a snapshot taken at 01:00 on 1 January in Moscow
 * (22:00 UTC on 31 December) already belongs to the new year.
 */
import { moscowClock as moscow, moscowMidnight } from '../time/moscow'

export const QUARTER_LABEL = /^(\d{4})-Q([1-4])$/

/** The Moscow quarter holding an instant. */
export function quarterOf(at: Date): string {
  const m = moscow(at)
  return `${m.getUTCFullYear()}-Q${Math.floor(m.getUTCMonth() / 3) + 1}`
}

/** The quarter `steps` before `label` (negative steps go forward). */
export function quarterBefore(label: string, steps = 1): string {
  const match = QUARTER_LABEL.exec(label)
  if (!match) throw new RangeError(`not a quarter label: ${label}`)
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 - steps
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
}

/** Whether an instant falls on the first Moscow day of a quarter (1 Jan, 1 Apr, 1 Jul, 1 Oct). */
export function isFirstDayOfQuarter(at: Date): boolean {
  const m = moscow(at)
  return m.getUTCDate() === 1 && m.getUTCMonth() % 3 === 0
}

/**
 * The quarter a snapshot taken at `at` stands for: on a quarter's first day the one just
 * ended (the scheduled run records how the quarter closed), otherwise the current one (an
 * on-demand snapshot; a later one of the same quarter replaces it).
 */
export function snapshotQuarter(at: Date): string {
  const current = quarterOf(at)
  return isFirstDayOfQuarter(at) ? quarterBefore(current) : current
}

/** A quarter label in Russian for charts and tables: `2026-Q4` → «IV кв. 2026». */
export function quarterTitle(label: string): string {
  const match = QUARTER_LABEL.exec(label)
  if (!match) return label
  return `${['I', 'II', 'III', 'IV'][Number(match[2]) - 1]} кв. ${match[1]}`
}

/** The instant a quarter begins: 00:00 Moscow on its first day. */
export function quarterStart(label: string): Date {
  const match = QUARTER_LABEL.exec(label)
  if (!match) throw new RangeError(`not a quarter label: ${label}`)
  const month = String((Number(match[2]) - 1) * 3 + 1).padStart(2, '0')
  return moscowMidnight(`${match[1]}-${month}-01`)
}
