import { describe, expect, it } from 'vitest'
import { DEFAULT_THRESHOLDS as T, thresholdsFrom } from '../../domain/monitoring/thresholds'
import { infoOfficerRule } from '../../domain/monitoring/rules/infoOfficer'
import { contactsRule } from '../../domain/monitoring/rules/contacts'
import { hotlineRule } from '../../domain/monitoring/rules/hotline'
import { socialsRule } from '../../domain/monitoring/rules/socials'
import { publicReportRule } from '../../domain/monitoring/rules/publicReport'
import { collectiveAgreementRule } from '../../domain/monitoring/rules/collectiveAgreement'
import { feedbackFormRule } from '../../domain/monitoring/rules/feedbackForm'
import { answerTimeRule } from '../../domain/monitoring/rules/answerTime'
import { answeredInTimeRule } from '../../domain/monitoring/rules/answeredInTime'
import { subscribersRule } from '../../domain/monitoring/rules/subscribers'
import { standRule } from '../../domain/monitoring/rules/stand'
import { visits30Rule } from '../../domain/monitoring/rules/visits30'
import { goodFacts, NOW } from '../helpers/monitoringFacts'

describe('thresholdsFrom', () => {
  it('keeps the defaults for empty or invalid stored values, takes valid ones', () => {
    expect(thresholdsFrom(null)).toEqual(T)
    const t = thresholdsFrom(
      { socialRequiredOver: 500, news7Target: -3, publicReportDeadline: '13-01' },
      5,
    )
    expect(t).toMatchObject({
      socialRequiredOver: 500,
      news7Target: 1,
      publicReportDeadline: '04-01',
      answerTargetDays: 5,
    })
  })
})

describe('org card rules', () => {
  it('infoOfficer: red unnamed, amber without phone and e-mail, green named with one', () => {
    const of = (name: boolean, phone: boolean, email: boolean) =>
      infoOfficerRule(goodFacts({ infoOfficer: { name, phone, email } }), T, NOW)
    expect(of(false, true, true).light).toBe('red')
    expect(of(false, true, true).reason).toBe('ответственный за информационную работу не назначен')
    expect(of(true, false, false).light).toBe('amber')
    expect(of(true, false, true).light).toBe('green')
  })
  it('contacts: names what is missing; red with nothing', () => {
    const some = contactsRule(
      goodFacts({ contacts: { address: true, phone: false, email: true, receptionHours: false } }),
      T,
      NOW,
    )
    expect(some).toMatchObject({
      light: 'amber',
      value: 2,
      reason: 'не указаны: телефон, часы приёма',
    })
    const none = contactsRule(
      goodFacts({
        contacts: { address: false, phone: false, email: false, receptionHours: false },
      }),
      T,
      NOW,
    )
    expect(none.light).toBe('red')
  })
  it('hotline: none where the level does not require it, red where it does', () => {
    expect(hotlineRule(goodFacts(), T, NOW).light).toBe('none')
    const tooп = hotlineRule(goodFacts({ kind: 'territorial_association' }), T, NOW)
    expect([tooп.light, tooп.reason]).toEqual([
      'red',
      'нет горячей линии, обязательной для уровня «ТООП»',
    ])
    expect(hotlineRule(goodFacts({ kind: 'federation', hotline: true }), T, NOW).light).toBe(
      'green',
    )
  })
  it('socials: compulsory over 1,000 members (exactly 1,000: not), 500 where configured', () => {
    const at = (memberCount: number | null, t = T) =>
      socialsRule(goodFacts({ socialChannels: 0, memberCount }), t, NOW)
    expect(at(1000).light).toBe('none')
    expect(at(1001)).toMatchObject({
      light: 'red',
      reason: 'нет страницы в соцсетях при 1001 членах профсоюза; обязательна свыше 1000',
    })
    expect(at(600, { ...T, socialRequiredOver: 500 }).light).toBe('red')
    expect(at(null).light).toBe('amber')
    expect(socialsRule(goodFacts({ socialChannels: 2, memberCount: 9000 }), T, NOW).light).toBe(
      'green',
    )
  })
})

describe('documents rules', () => {
  const report = (at: Date | null, now: Date) =>
    publicReportRule(
      goodFacts({ documents: { publicReportAt: at, collectiveAgreement: true } }),
      T,
      now,
    )
  it('publicReport: amber before the deadline, red after; the deadline day itself is in time', () => {
    expect(report(null, new Date('2026-03-31T20:00:00Z'))).toMatchObject({
      light: 'amber',
      reason: 'публичного отчёта за 2025 год пока нет; срок — 1 апреля',
    })
    expect(report(null, new Date('2026-04-01T20:59:00Z')).light).toBe('amber') // 23:59 in Moscow
    expect(report(null, new Date('2026-04-01T21:00:00Z')).light).toBe('red') // 2 April in Moscow
    expect(report(new Date('2026-04-01T20:00:00Z'), NOW).light).toBe('green')
    expect(report(new Date('2026-05-10T10:00:00Z'), NOW).light).toBe('amber')
    expect(report(null, NOW).reason).toBe(
      'нет публичного отчёта за 2025 год; срок (1 апреля) прошёл',
    )
  })
  it('collectiveAgreement: for a ППО only', () => {
    const none = goodFacts({ documents: { publicReportAt: null, collectiveAgreement: false } })
    expect(collectiveAgreementRule(none, T, NOW).light).toBe('red')
    expect(collectiveAgreementRule({ ...none, kind: 'territorial_org' }, T, NOW).light).toBe('none')
  })
})

describe('feedback rules', () => {
  it('feedbackForm: red without a published site, amber without an e-mail', () => {
    expect(
      feedbackFormRule(goodFacts({ site: { mode: 'section', published: false } }), T, NOW).light,
    ).toBe('red')
    const noMail = goodFacts({
      contacts: { address: true, phone: true, email: false, receptionHours: true },
    })
    expect(feedbackFormRule(noMail, T, NOW).light).toBe('amber')
  })
  it('answerTime: none without answers; green at exactly the target, amber to twice it, red beyond', () => {
    const median = (hours: number | null, answered = 3) =>
      answerTimeRule(
        goodFacts({ inquiries: { answered, medianHours: hours, withinTarget: 0 } }),
        T,
        NOW,
      )
    expect(median(null, 0).light).toBe('none')
    expect(median(72).light).toBe('green')
    expect(median(108)).toMatchObject({
      light: 'amber',
      value: 4.5,
      reason: 'медиана первого ответа 4,5 дн. при норме 3',
    })
    expect(median(24 * 6 + 1).light).toBe('red')
  })
  it('answeredInTime: green at exactly 80 %, amber to 40 %, red below', () => {
    const share = (withinTarget: number, answered = 10) =>
      answeredInTimeRule(
        goodFacts({ inquiries: { answered, medianHours: 1, withinTarget } }),
        T,
        NOW,
      )
    expect(share(0, 0).light).toBe('none')
    expect(share(8).light).toBe('green')
    expect(share(7)).toMatchObject({
      light: 'amber',
      reason: 'в срок отвечено 7 из 10 (70%) при норме 80%',
    })
    expect(share(4).light).toBe('amber')
    expect(share(3).light).toBe('red')
  })
})

describe('reach rules', () => {
  it('subscribers, stand, visits30: none without data, amber at zero', () => {
    expect(subscribersRule(goodFacts({ subscribers: undefined }), T, NOW).light).toBe('none')
    expect(subscribersRule(goodFacts({ subscribers: 0 }), T, NOW).light).toBe('amber')
    expect(standRule(goodFacts({ standItemsThisWeek: 0 }), T, NOW).light).toBe('amber')
    expect(standRule(goodFacts({ kind: 'union', standItemsThisWeek: 0 }), T, NOW).light).toBe(
      'none',
    )
    expect(visits30Rule(goodFacts({ visits30: undefined }), T, NOW).reason).toBe(
      'нет данных о посещениях',
    )
    expect(visits30Rule(goodFacts({ visits30: 0 }), T, NOW).light).toBe('amber')
  })
})
