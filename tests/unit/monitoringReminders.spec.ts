import { describe, expect, it } from 'vitest'
import {
  monthlyLetters,
  ppoByTerritorial,
  weeklyLetters,
} from '../../cms/monitoring/reminders/reminderLetters'
import type { IndicatorId, Light, OrgRow } from '../../domain/monitoring/indicatorTypes'
import { noneIndicators } from '../../domain/monitoring/noneIndicators'
import {
  monthKey,
  monthlySummaryDue,
  weeklyReminderDue,
} from '../../domain/monitoring/reminderPeriods'
import {
  lightCounts,
  lightsOf,
  territorialSummary,
  worstRows,
} from '../../domain/monitoring/territorialSummary'
import { weeklyReminder } from '../../domain/monitoring/weeklyReminder'

const row = (
  id: string,
  kind: string,
  parentId: string | undefined,
  lights: Partial<Record<IndicatorId, Light>>,
  name = `Орг ${id}`,
): OrgRow => {
  const indicators = noneIndicators('не применяется')
  for (const [key, light] of Object.entries(lights) as [IndicatorId, Light][])
    indicators[key] = {
      id: key,
      light,
      value: null,
      reason: `причина ${key}`,
      ...(light === 'red' || light === 'amber' ? { fix: `Исправьте ${key}.` } : {}),
    }
  return { id, name, kind, depth: 0, ...(parentId ? { parentId } : {}), indicators }
}

describe('the periods in Moscow time', () => {
  it('weekly: Monday from 09:00 Moscow to midnight, keyed by the ISO week', () => {
    expect(weeklyReminderDue(new Date('2026-12-14T05:59:00Z'))).toBeNull() // 08:59 MSK
    expect(weeklyReminderDue(new Date('2026-12-14T06:00:00Z'))).toEqual({
      key: '2026-W51',
      dateLabel: '14 декабря 2026',
    })
    expect(weeklyReminderDue(new Date('2026-12-14T20:59:00Z'))?.key).toBe('2026-W51') // 23:59 MSK
    expect(weeklyReminderDue(new Date('2026-12-14T21:00:00Z'))).toBeNull() // Tuesday 00:00 MSK
    // Sunday 22:00 UTC is Monday 01:00 in Moscow: Monday, but before the hour.
    expect(weeklyReminderDue(new Date('2026-12-13T22:00:00Z'))).toBeNull()
    expect(weeklyReminderDue(new Date('2026-12-28T07:00:00Z'))?.key).toBe('2026-W53')
    expect(weeklyReminderDue(new Date('2027-01-04T07:00:00Z'))?.key).toBe('2027-W01')
  })

  it('monthly: the 1st from 09:00 Moscow, keyed by the Moscow month', () => {
    expect(monthlySummaryDue(new Date('2026-12-31T21:30:00Z'))).toBeNull() // 1 Jan 00:30 MSK
    expect(monthlySummaryDue(new Date('2027-01-01T06:00:00Z'))).toEqual({
      key: '2027-01',
      dateLabel: '1 января 2027',
    })
    expect(monthlySummaryDue(new Date('2027-01-01T21:00:00Z'))).toBeNull() // 2 Jan MSK
    expect(monthlySummaryDue(new Date('2027-03-02T07:00:00Z'))).toBeNull()
    expect(monthKey(new Date('2026-11-30T21:00:00Z'))).toBe('2026-12') // already December in Moscow
    expect(monthKey(new Date('2026-11-30T20:59:00Z'))).toBe('2026-11')
  })
})

describe('the weekly reminder’s content', () => {
  it('nothing when every indicator is green or not applicable', () => {
    expect(weeklyReminder(row('1', 'primary_org', '2', { site: 'green' }), '7 декабря')).toBeNull()
  })

  it('red first, then amber, each with its reason and fix; correct plurals', () => {
    const text = weeklyReminder(
      row('1', 'primary_org', '2', { lastNews: 'amber', site: 'red', contacts: 'red' }, 'ППО Х'),
      '7 декабря 2026',
    )!
    expect(text.subject).toBe('Мониторинг «ППО Х»: 3 показателя требуют внимания')
    expect(text.heading).toBe('Что исправить: «ППО Х» на 7 декабря 2026')
    expect(text.paragraphs[0]).toBe(
      'По данным мониторинга информационной работы требуют внимания 2 красных и 1 жёлтый показатель.',
    )
    expect(text.paragraphs.slice(1)).toEqual([
      '✕ Красный — Сайт или раздел: причина site. Что исправить: Исправьте site.',
      '✕ Красный — Контакты: причина contacts. Что исправить: Исправьте contacts.',
      '! Жёлтый — Дней с последней новости: причина lastNews. Что исправить: Исправьте lastNews.',
    ])
  })

  it('plurals of one and of five', () => {
    const one = weeklyReminder(row('1', 'primary_org', '2', { site: 'red' }, 'А'), 'д')!
    expect(one.subject).toBe('Мониторинг «А»: 1 показатель требует внимания')
    expect(one.paragraphs[0]).toContain('требует внимания 1 красный показатель.')
    const five = weeklyReminder(
      row('1', 'primary_org', '2', {
        site: 'amber',
        news7: 'amber',
        news30: 'amber',
        news90: 'amber',
        lastNews: 'amber',
      }),
      'д',
    )!
    expect(five.subject).toContain('5 показателей требуют внимания')
    expect(five.paragraphs[0]).toContain('требуют внимания 5 жёлтых показателей.')
  })
})

describe('the territorial summary', () => {
  const ter = row('10', 'territorial_org', '1', {}, 'Терком')
  const district = row('11', 'territorial_org', '10', {}, 'Районный')
  const ppo = [
    row('20', 'primary_org', '10', { site: 'red', contacts: 'amber' }, 'ППО Б'),
    row('21', 'primary_org', '11', { site: 'green', contacts: 'red' }, 'ППО А'),
    row('22', 'primary_org', '11', { site: 'green', contacts: 'green' }, 'ППО В'),
  ]
  const elsewhere = row('30', 'primary_org', '1', { site: 'red' }, 'ППО союза')

  it('each Терком’s ППО anywhere below it, not its union’s direct ППО', () => {
    const by = ppoByTerritorial([
      row('1', 'union', undefined, {}),
      ter,
      district,
      ...ppo,
      elsewhere,
    ])
    expect(by.get('10')!.map((r) => r.id)).toEqual(['20', '21', '22'])
    expect(by.get('11')!.map((r) => r.id)).toEqual(['21', '22'])
    expect(by.has('1')).toBe(false)
  })

  it('counts per indicator, the worst by red then amber, the change since a snapshot', () => {
    const counts = lightCounts(ppo.map(lightsOf))
    expect(counts.site).toEqual({ green: 2, amber: 0, red: 1 })
    expect(worstRows(ppo).map((r) => r.name)).toEqual(['ППО Б', 'ППО А'])
    const before = lightCounts([{ site: 'red' }, { site: 'red' }, { contacts: 'green' }])
    const text = territorialSummary('Терком', '1 января 2027', ppo, {
      label: 'среза 2026-Q4',
      counts: before,
    })
    expect(text.subject).toBe('Мониторинг ППО «Терком» на 1 января 2027')
    expect(text.paragraphs).toContain('Сайт или раздел: ✓ 2 (+2), ! 0, ✕ 1 (−1)')
    expect(text.paragraphs).toContain('Контакты: ✓ 1, ! 1 (+1), ✕ 1 (+1)')
    expect(text.paragraphs).toContain('Больше всего замечаний (2 организации):')
    expect(text.paragraphs).toContain('ППО Б: ✕ причина site; ! причина contacts.')
    expect(text.paragraphs.join('\n')).not.toContain('ППО В:')
  })

  it('at most ten worst', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      row(String(100 + i), 'primary_org', '10', { site: i % 2 ? 'red' : 'amber' }),
    )
    expect(worstRows(many)).toHaveLength(10)
    expect(
      worstRows(many)
        .slice(0, 6)
        .every((r) => r.indicators.site.light === 'red'),
    ).toBe(true)
  })

  it('letters only to orgs with recipients; weekly skips all-green orgs; keys per org and period', () => {
    const rows = [ter, district, ...ppo]
    const people = new Map([
      ['20', [{ id: '5', email: 'b@x.test' }]],
      ['22', [{ id: '6', email: 'v@x.test' }]],
      ['11', [{ id: '7', email: 'd@x.test' }]],
    ])
    const week = { key: '2026-W51', dateLabel: '14 декабря 2026' }
    expect(weeklyLetters(rows, people, week).map((l) => l.key)).toEqual(['monitor:20:2026-W51'])
    const month = { key: '2027-01', dateLabel: '1 января 2027' }
    const summaries = monthlyLetters(rows, people, month, null)
    expect(summaries.map((l) => l.key)).toEqual(['monitor-summary:11:2027-01'])
    expect(summaries[0]!.text.paragraphs.join('\n')).not.toContain('ППО Б')
  })
})
