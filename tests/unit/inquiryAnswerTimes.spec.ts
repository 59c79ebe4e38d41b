import { describe, expect, it } from 'vitest'
import { medianHoursToFirstAnswer, shareWithinTarget } from '../../domain/inquiries/answerTimes'
import { retentionExpired } from '../../domain/inquiries/retentionExpired'
import { answeredWithin, workingDaysBetween } from '../../domain/inquiries/workingDays'

// Moscow is UTC+3: 21:00 UTC on a Friday is already Saturday in Moscow.
const at = (iso: string) => new Date(iso)

describe('working days in Moscow', () => {
  it('counts weekdays after the day received, up to and including the day answered', () => {
    // Mon 2026-12-07 10:00 MSK → same day
    expect(workingDaysBetween(at('2026-12-07T07:00:00Z'), at('2026-12-07T14:00:00Z'))).toBe(0)
    // Mon → Tue
    expect(workingDaysBetween(at('2026-12-07T07:00:00Z'), at('2026-12-08T07:00:00Z'))).toBe(1)
    // Fri evening → Mon: the weekend does not count
    expect(workingDaysBetween(at('2026-12-11T15:00:00Z'), at('2026-12-14T07:00:00Z'))).toBe(1)
    // Sat → Mon
    expect(workingDaysBetween(at('2026-12-12T09:00:00Z'), at('2026-12-14T09:00:00Z'))).toBe(1)
    // Mon → Mon two weeks later: 10
    expect(workingDaysBetween(at('2026-12-07T07:00:00Z'), at('2026-12-21T07:00:00Z'))).toBe(10)
    // Backwards: nothing
    expect(workingDaysBetween(at('2026-12-08T07:00:00Z'), at('2026-12-07T07:00:00Z'))).toBe(0)
  })

  it('uses the Moscow date, not UTC', () => {
    // Fri 22:30 UTC = Sat 01:30 MSK → Mon: 1 working day (Mon), not 1 + Fri
    expect(workingDaysBetween(at('2026-12-11T22:30:00Z'), at('2026-12-14T06:00:00Z'))).toBe(1)
    // Sun 21:30 UTC = Mon 00:30 MSK → Mon 10:00: the same Moscow day
    expect(workingDaysBetween(at('2026-12-13T21:30:00Z'), at('2026-12-14T07:00:00Z'))).toBe(0)
  })

  it('agrees with a day-by-day count over a whole year', () => {
    const start = at('2026-01-01T09:00:00Z')
    for (let d = 0; d < 370; d += 1) {
      const end = new Date(start.getTime() + d * 86_400_000)
      let expected = 0
      for (let k = 1; k <= d; k++) {
        const day = new Date(start.getTime() + k * 86_400_000).getUTCDay()
        if (day !== 0 && day !== 6) expected++
      }
      expect(workingDaysBetween(start, end)).toBe(expected)
    }
  })

  it('a target of 3 working days', () => {
    // Thu → next Tue: Fri, Mon, Tue = 3 → in time; Wed = 4 → late
    expect(answeredWithin(at('2026-12-10T07:00:00Z'), at('2026-12-15T07:00:00Z'), 3)).toBe(true)
    expect(answeredWithin(at('2026-12-10T07:00:00Z'), at('2026-12-16T07:00:00Z'), 3)).toBe(false)
  })
})

describe('answer figures', () => {
  const answered = (hours: number, within: boolean) => ({
    receivedAt: at('2026-12-07T07:00:00Z'),
    firstAnsweredAt: new Date(at('2026-12-07T07:00:00Z').getTime() + hours * 3_600_000),
    answeredWithinTarget: within,
  })
  it('median of the hours to first answer, share within target', () => {
    expect(medianHoursToFirstAnswer([])).toBeNull()
    expect(shareWithinTarget([])).toBeNull()
    expect(
      medianHoursToFirstAnswer([answered(5, true), answered(1, true), answered(30, false)]),
    ).toBe(5)
    expect(medianHoursToFirstAnswer([answered(2, true), answered(4, true)])).toBe(3)
    expect(
      shareWithinTarget([
        answered(1, true),
        answered(2, true),
        answered(200, false),
        answered(3, true),
      ]),
    ).toBe(0.75)
  })
})

describe('retention', () => {
  it('expires the given number of full days after closing', () => {
    const closed = at('2026-01-01T00:00:00Z')
    expect(retentionExpired(closed, 365, at('2026-12-31T23:59:59Z'))).toBe(false)
    expect(retentionExpired(closed, 365, at('2027-01-01T00:00:00Z'))).toBe(true)
  })
})
