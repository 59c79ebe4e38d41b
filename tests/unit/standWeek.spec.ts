import { describe, expect, it } from 'vitest'
import {
  addWeeks,
  isoWeekOf,
  isoWeekOfDate,
  mondayOf,
  parseWeekLabel,
  weekDays,
  weekLabel,
  weeksInYear,
  weekStartsAt,
} from '../../domain/stand/isoWeek'
import { latestStandWeek, mailedStandWeek, standItems } from '../../domain/stand/standItems'
import { standMailDue } from '../../domain/stand/standMailDue'

const MSK = 'Europe/Moscow'

describe('ISO weeks in Moscow time', () => {
  it('numbers weeks as ISO 8601 does, across year ends', () => {
    expect(isoWeekOfDate(2026, 12, 7)).toEqual({ year: 2026, week: 50 })
    // 29 December 2025 is a Monday of 2026-W01; 1 January 2021 is in 2020-W53.
    expect(isoWeekOfDate(2025, 12, 29)).toEqual({ year: 2026, week: 1 })
    expect(isoWeekOfDate(2021, 1, 1)).toEqual({ year: 2020, week: 53 })
    expect(isoWeekOfDate(2027, 1, 3)).toEqual({ year: 2026, week: 53 })
    expect(weeksInYear(2026)).toBe(53)
    expect(weeksInYear(2025)).toBe(52)
  })

  it('reads the week on the Moscow wall clock, not in UTC', () => {
    // Sunday 22:30 UTC is Monday 01:30 in Moscow: the next week there.
    expect(isoWeekOf('2026-12-06T22:30:00.000Z', 'UTC')).toEqual({ year: 2026, week: 49 })
    expect(isoWeekOf('2026-12-06T22:30:00.000Z', MSK)).toEqual({ year: 2026, week: 50 })
    // Sunday 20:59 UTC is 23:59 in Moscow: still the same week.
    expect(isoWeekOf('2026-12-06T20:59:00.000Z', MSK)).toEqual({ year: 2026, week: 49 })
  })

  it('labels, parses and steps weeks', () => {
    expect(weekLabel({ year: 2026, week: 9 })).toBe('2026-w09')
    expect(parseWeekLabel('2026-w09')).toEqual({ year: 2026, week: 9 })
    expect(parseWeekLabel('2026-w53')).toEqual({ year: 2026, week: 53 })
    for (const bad of ['2025-w53', '2026-w00', '2026-W09', '2026-w9', '../x', '2026-w09.pdf'])
      expect(parseWeekLabel(bad), bad).toBeNull()
    expect(addWeeks({ year: 2026, week: 1 }, -1)).toEqual({ year: 2025, week: 52 })
    expect(addWeeks({ year: 2026, week: 53 }, 1)).toEqual({ year: 2027, week: 1 })
    expect(mondayOf({ year: 2026, week: 1 }).toISOString()).toBe('2025-12-29T00:00:00.000Z')
    expect(weekDays({ year: 2026, week: 50 })).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ])
  })

  it('mails on Monday the stand of the week that has just ended', () => {
    // Monday 7 December 2026, 08:00 in Moscow.
    expect(mailedStandWeek(new Date('2026-12-07T05:00:00.000Z'), MSK)).toEqual({
      year: 2026,
      week: 49,
    })
  })
})

describe('the items of a stand', () => {
  const item = (id: string, publishedAt: string, pinned = false, mandatory = false) => ({
    id,
    publishedAt,
    pinned,
    mandatory,
  })
  const feed = [
    item('next-week', '2026-12-06T21:30:00.000Z'), // Monday 00:30 MSK of week 50
    item('new', '2026-12-06T12:00:00.000Z'),
    item('mandatory', '2026-12-02T09:00:00.000Z', false, true),
    item('old', '2026-11-30T08:00:00.000Z'),
    item('pinned-old', '2026-11-30T07:00:00.000Z', true),
    item('mandatory-new', '2026-12-05T09:00:00.000Z', false, true),
    item('week-before', '2026-11-29T20:00:00.000Z'), // Sunday 23:00 MSK of week 48
  ]

  it('keeps exactly the week’s items, pinned then mandatory first, each newest first', () => {
    const ids = standItems(feed, { year: 2026, week: 49 }, MSK).map((i) => i.id)
    expect(ids).toEqual(['pinned-old', 'mandatory-new', 'mandatory', 'new', 'old'])
  })

  it('shows the week of the newest item', () => {
    expect(latestStandWeek(feed, MSK)).toEqual({ year: 2026, week: 50 })
    expect(latestStandWeek([], MSK)).toBeUndefined()
  })
})

describe('when the Monday mail is due', () => {
  it('from 07:00 to midnight on Monday in Moscow, never on other days', () => {
    // Monday 7 December 2026: 06:59 and 07:00 in Moscow.
    expect(standMailDue(new Date('2026-12-07T03:59:00.000Z'), MSK)).toBe(false)
    expect(standMailDue(new Date('2026-12-07T04:00:00.000Z'), MSK)).toBe(true)
    expect(standMailDue(new Date('2026-12-07T20:59:00.000Z'), MSK)).toBe(true)
    // 00:00 Tuesday in Moscow is still Monday in UTC.
    expect(standMailDue(new Date('2026-12-07T21:00:00.000Z'), MSK)).toBe(false)
    expect(standMailDue(new Date('2026-12-06T08:00:00.000Z'), MSK)).toBe(false)
  })
})

describe('week bounds', () => {
  it('a Moscow week starts on Monday at 00:00 MSK (21:00 UTC on Sunday)', () => {
    expect(new Date(weekStartsAt({ year: 2026, week: 50 }, MSK)).toISOString()).toBe(
      '2026-12-06T21:00:00.000Z',
    )
    expect(new Date(weekStartsAt({ year: 2026, week: 50 }, 'UTC')).toISOString()).toBe(
      '2026-12-07T00:00:00.000Z',
    )
    // Berlin changes to summer time on 29 March 2026: the week of 30 March starts at UTC+2.
    expect(new Date(weekStartsAt({ year: 2026, week: 14 }, 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    )
  })
})
