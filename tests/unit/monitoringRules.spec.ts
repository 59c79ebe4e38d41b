import { describe, expect, it } from 'vitest'
import { DEFAULT_THRESHOLDS as T } from '../../domain/monitoring/thresholds'
import { INDICATOR_IDS } from '../../domain/monitoring/indicatorTypes'
import { indicatorsOf } from '../../domain/monitoring/indicatorsOf'
import { siteRule } from '../../domain/monitoring/rules/site'
import { news7Rule, news30Rule, news90Rule } from '../../domain/monitoring/rules/newsWindow'
import { lastNewsRule } from '../../domain/monitoring/rules/lastNews'
import { reviewBacklogRule } from '../../domain/monitoring/rules/reviewBacklog'
import { proposalsRule } from '../../domain/monitoring/rules/proposals'
import { daysAgo, goodFacts, NOW } from '../helpers/monitoringFacts'

const light = (r: { light: string }) => r.light

describe('monitoring rules: every indicator green on a good ППО', () => {
  it('gives green or none everywhere, and a fix only on amber and red', () => {
    const all = indicatorsOf(goodFacts(), T, NOW)
    expect(Object.keys(all)).toEqual([...INDICATOR_IDS])
    for (const id of INDICATOR_IDS) {
      expect(['green', 'none']).toContain(all[id].light)
      expect(all[id].fix).toBeUndefined()
      expect(all[id].reason).toMatch(/[а-я]/)
    }
  })
})

describe('siteRule', () => {
  it('red when the host is not published, amber for a section over 5,000 members', () => {
    const off = siteRule(goodFacts({ site: { mode: 'subdomain', published: false } }), T, NOW)
    expect([off.light, off.reason]).toEqual(['red', 'сайт не опубликован'])
    expect(off.fix).toMatch(/Публикация сайтов/)
    const section = (memberCount: number) =>
      siteRule(goodFacts({ memberCount, site: { mode: 'section', published: true } }), T, NOW)
    expect(light(section(5000))).toBe('green') // exactly at the threshold: a section is enough
    expect(section(5001).light).toBe('amber')
    expect(section(5001).reason).toMatch(/5001 членах.*свыше 5000/)
  })
})

describe('news rules', () => {
  const news = (last7: number, last30: number, last90: number) =>
    goodFacts({ news: { last7, last30, last90, lastAt: daysAgo(1) } })
  it('green at exactly the target, amber below, red at none', () => {
    expect(light(news7Rule(news(1, 4, 12), T, NOW))).toBe('green')
    expect(light(news30Rule(news(1, 4, 12), T, NOW))).toBe('green')
    expect(light(news90Rule(news(1, 4, 12), T, NOW))).toBe('green')
    const amber = news30Rule(news(0, 3, 11), T, NOW)
    expect([amber.light, amber.reason]).toEqual(['amber', '3 новости за 30 дней при норме 4'])
    expect(news90Rule(news(0, 3, 11), T, NOW).reason).toBe('11 новостей за 90 дней при норме 12')
    const red = news7Rule(news(0, 3, 11), T, NOW)
    expect([red.light, red.reason]).toEqual(['red', 'нет новостей за 7 дней при норме 1'])
    expect(red.fix).toMatch(/Опубликуйте/)
  })
  it('none when the network sets no target', () => {
    expect(light(news7Rule(news(0, 0, 0), { ...T, news7Target: 0 }, NOW))).toBe('none')
  })
})

describe('lastNewsRule', () => {
  const at = (days: number) =>
    lastNewsRule(
      goodFacts({ news: { last7: 0, last30: 0, last90: 0, lastAt: daysAgo(days) } }),
      T,
      NOW,
    )
  it('green up to 7 days, amber to 30, red beyond; the figures in the reason', () => {
    expect(light(at(7))).toBe('green')
    expect(light(at(8))).toBe('amber')
    expect(light(at(30))).toBe('amber')
    expect(at(47)).toMatchObject({
      light: 'red',
      value: 47,
      reason: 'нет новостей 47 дней при норме 7',
    })
  })
  it('red without any own item', () => {
    const none = lastNewsRule(
      goodFacts({ news: { last7: 0, last30: 0, last90: 0, lastAt: null } }),
      T,
      NOW,
    )
    expect([none.light, none.reason]).toEqual(['red', 'собственных новостей нет'])
  })
})

describe('reviewBacklogRule', () => {
  const waiting = (days: number | null, reviews = true) =>
    reviewBacklogRule(
      goodFacts({ review: { reviews, oldestWaitingSince: days === null ? null : daysAgo(days) } }),
      T,
      NOW,
    )
  it('none for orgs that show incoming items at once', () => {
    expect(light(waiting(10, false))).toBe('none')
  })
  it('green with nothing waiting or up to 2 days, amber to 7, red beyond', () => {
    expect(light(waiting(null))).toBe('green')
    expect(light(waiting(2))).toBe('green')
    expect(light(waiting(3))).toBe('amber')
    expect(light(waiting(7))).toBe('amber')
    expect(waiting(8)).toMatchObject({ light: 'red', value: 8 })
    expect(waiting(8).reason).toBe(
      'материал вышестоящей организации ждёт проверки 8 дней при норме 2',
    )
  })
})

describe('proposalsRule', () => {
  it('none at the top of the network; amber without an accepted proposal; green at the target', () => {
    expect(light(proposalsRule(goodFacts({ hasParent: false }), T, NOW))).toBe('none')
    const sentOnly = proposalsRule(goodFacts({ proposals: { sent: 3, accepted: 0 } }), T, NOW)
    expect([sentOnly.light, sentOnly.reason]).toEqual([
      'amber',
      'за квартал предложено 3, принято 0 при норме 1',
    ])
    expect(light(proposalsRule(goodFacts({ proposals: { sent: 1, accepted: 1 } }), T, NOW))).toBe(
      'green',
    )
  })
})
