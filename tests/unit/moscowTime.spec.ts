import { describe, expect, it } from 'vitest'
import {
  dayOfMonthLabel,
  MONTHS_GENITIVE,
  MOSCOW_OFFSET,
  MOSCOW_OFFSET_MS,
  MOSCOW_TIME_ZONE,
  moscowClock,
  moscowDateLabel,
  moscowDay,
  moscowMidnight,
} from '../../domain/time/moscow'

/** What Intl says for the same instant in Europe/Moscow (the fixed offset must agree). */
const intlDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: MOSCOW_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

describe('Moscow’s calendar in one module', () => {
  it('the day turns at 21:00 UTC, as Intl’s Europe/Moscow says, all year round', () => {
    expect(moscowDay(new Date('2026-12-05T20:59:59.999Z'))).toBe('2026-12-05')
    expect(moscowDay(new Date('2026-12-05T21:00:00.000Z'))).toBe('2026-12-06')
    expect(moscowDay(new Date('2026-12-31T21:30:00Z'))).toBe('2027-01-01')
    // Every hour of a year (summer included: no daylight saving since 2014).
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000)
      expect(moscowDay(new Date(t))).toBe(intlDay.format(new Date(t)))
  })

  it('midnight of a Moscow day is 21:00 UTC the day before, and the offset agrees', () => {
    expect(moscowMidnight('2027-01-01').toISOString()).toBe('2026-12-31T21:00:00.000Z')
    expect(MOSCOW_OFFSET).toBe('+03:00')
    expect(MOSCOW_OFFSET_MS).toBe(3 * 3_600_000)
    expect(moscowClock(new Date('2026-06-30T22:15:00Z')).getUTCHours()).toBe(1)
  })

  it('says dates in Russian with the months in the genitive', () => {
    expect(MONTHS_GENITIVE).toHaveLength(12)
    expect(dayOfMonthLabel(1, 4)).toBe('1 апреля')
    expect(dayOfMonthLabel(31, 12)).toBe('31 декабря')
    expect(moscowDateLabel(new Date('2026-12-07T06:00:00Z'))).toBe('7 декабря 2026')
    // 23:30 UTC on 31 May is already 1 June in Moscow.
    expect(moscowDateLabel(new Date('2026-05-31T23:30:00Z'))).toBe('1 июня 2026')
    // The same words as Intl's Russian long date (which says «г.» after the year).
    for (let month = 0; month < 12; month++) {
      const at = new Date(Date.UTC(2026, month, 15, 9))
      const intl = at.toLocaleDateString('ru-RU', {
        timeZone: MOSCOW_TIME_ZONE,
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      })
      expect(intl.replace(/ г\.$/, '')).toBe(moscowDateLabel(at))
    }
  })
})
