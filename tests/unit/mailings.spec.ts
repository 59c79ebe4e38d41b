import { describe, expect, it } from 'vitest'
import { digestDeliveryKey, itemDeliveryKey } from '../../domain/mailings/deliveryKey'
import { digestDue, weekOf } from '../../domain/mailings/digestWeek'
import { groupDigests } from '../../domain/mailings/groupDigests'
import { isHardRecipientFailure } from '../../domain/mailings/hardFailure'
import { compareMailItems } from '../../domain/mailings/mailingOrder'
import { networkOf, type NetworkOrg } from '../../domain/mailings/networkOf'
import { renderMail } from '../../cms/mail/renderMail'
import { PersonalRenderer, tokenPlaceholder } from '../../cms/mailings/renderPersonal'

describe('digest weeks (Moscow time)', () => {
  it('names the ISO week and its Monday-to-Monday bounds in Moscow', () => {
    // Sunday 23:30 Moscow = 20:30 UTC: still week 49 of 2026 (Mon 30 Nov – Sun 6 Dec).
    const w = weekOf(new Date('2026-12-06T20:30:00Z'))
    expect(w.key).toBe('2026-W49')
    expect(w.from.toISOString()).toBe('2026-11-29T21:00:00.000Z')
    expect(w.to.toISOString()).toBe('2026-12-06T21:00:00.000Z')
    // Monday 00:30 Moscow is the next week.
    expect(weekOf(new Date('2026-12-06T21:30:00Z')).key).toBe('2026-W50')
    // ISO week-numbering years: 1 Jan 2027 (a Friday) belongs to 2026-W53.
    expect(weekOf(new Date('2027-01-01T12:00:00Z')).key).toBe('2026-W53')
    expect(weekOf(new Date('2027-01-04T12:00:00Z')).key).toBe('2027-W01')
  })

  it('is due from Monday 07:00 Moscow for the day, for the week just ended', () => {
    expect(digestDue(new Date('2026-12-07T03:59:00Z'))).toBeNull() // Mon 06:59 MSK
    expect(digestDue(new Date('2026-12-07T04:00:00Z'))?.key).toBe('2026-W49') // Mon 07:00 MSK
    expect(digestDue(new Date('2026-12-07T20:59:00Z'))?.key).toBe('2026-W49') // Mon 23:59 MSK
    expect(digestDue(new Date('2026-12-07T21:00:00Z'))).toBeNull() // Tue 00:00 MSK
    expect(digestDue(new Date('2026-12-09T10:00:00Z'))).toBeNull()
  })
})

describe('delivery keys', () => {
  it('one key per (address, item) and (address, week), case-insensitive', () => {
    expect(itemDeliveryKey(' Anna@Example.RU ', 12)).toBe('item:12:anna@example.ru')
    expect(digestDeliveryKey('ANNA@example.ru', '2026-W49')).toBe('digest:2026-W49:anna@example.ru')
  })
})

describe('groupDigests', () => {
  it('gives one digest per address with a section per site that has items', () => {
    const items: Record<string, string[]> = { a: ['a1'], b: ['b1', 'b2'], c: [] }
    const digests = groupDigests(
      [
        { email: 'x@e.ru', org: 'a' },
        { email: 'y@e.ru', org: 'c' },
        { email: 'X@E.ru', org: 'b' },
        { email: 'x@e.ru', org: 'c' },
        { email: 'x@e.ru', org: 'a' },
      ],
      (org) => items[org],
    )
    expect(digests).toEqual([
      {
        email: 'x@e.ru',
        sections: [
          { org: 'a', items: ['a1'] },
          { org: 'b', items: ['b1', 'b2'] },
        ],
      },
    ])
  })
})

describe('mail order', () => {
  it('pinned, then mandatory, then newest', () => {
    const item = (post: number, publishedAt: string, pinned = false, mandatory = false) => ({
      post,
      publishedAt,
      pinned,
      mandatory,
    })
    const sorted = [
      item(1, '2026-12-05'),
      item(2, '2026-12-01', false, true),
      item(3, '2026-12-02', true),
      item(4, '2026-12-06'),
    ].sort(compareMailItems)
    expect(sorted.map((i) => i.post)).toEqual([3, 2, 4, 1])
  })
})

describe('hard failures', () => {
  it('only a 5xx to RCPT is permanent', () => {
    expect(isHardRecipientFailure({ responseCode: 550, command: 'RCPT TO' })).toBe(true)
    expect(isHardRecipientFailure({ responseCode: 550, code: 'EENVELOPE' })).toBe(true)
    expect(isHardRecipientFailure({ responseCode: 450, command: 'RCPT TO' })).toBe(false)
    expect(isHardRecipientFailure({ responseCode: 554, command: 'DATA' })).toBe(false)
    expect(isHardRecipientFailure({ code: 'ECONNREFUSED' })).toBe(false)
    expect(isHardRecipientFailure(undefined)).toBe(false)
  })
})

describe('networkOf', () => {
  it('is the nearest network domain up the tree, else the platform', () => {
    const orgs = new Map<string, NetworkOrg>([
      ['1', { id: 1, ancestors: [], hosting: { networkDomain: 'FNPR.ru' } }],
      ['2', { id: 2, ancestors: [1], hosting: { networkDomain: 'mfp.ru' } }],
      ['3', { id: 3, ancestors: [1, 2], hosting: {} }],
      ['4', { id: 4, ancestors: [], hosting: {} }],
    ])
    const get = (id: string | number) => orgs.get(String(id))
    expect(networkOf(orgs.get('3')!, get)).toBe('mfp.ru')
    expect(networkOf(orgs.get('1')!, get)).toBe('fnpr.ru')
    expect(networkOf(orgs.get('4')!, get)).toBe('platform')
  })
})

describe('renderMail with item sections', () => {
  const content = {
    subject: 'Новости за неделю',
    heading: 'Новости за неделю',
    paragraphs: ['30 ноября — 6 декабря'],
    sections: [
      {
        heading: 'ППО <школы>',
        url: 'https://ppo.example.ru/',
        items: [
          {
            title: 'Заголовок <script>alert(1)</script>',
            url: 'https://ppo.example.ru/news/item/',
            lead: 'Анонс & подробности',
            date: '5 декабря 2026',
            origin: 'Источник: ФНПР',
            mark: 'Закреплено',
          },
        ],
      },
    ],
    footerLinks: [
      { label: 'Отписаться', url: 'https://ppo.example.ru/_forms/unsubscribe?token=abc' },
    ],
  }

  it('lists the items with lead, date, origin and absolute links, escaped, in HTML and text', async () => {
    const mail = await renderMail(content)
    expect(mail.html).toContain('Заголовок &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(mail.html).not.toContain('<script>alert(1)')
    expect(mail.html).toContain('ППО &lt;школы&gt;')
    expect(mail.html).toContain('href="https://ppo.example.ru/news/item/"')
    expect(mail.html).toContain('Анонс &amp; подробности')
    expect(mail.html).toContain('Закреплено · 5 декабря 2026 · Источник: ФНПР')
    expect(mail.html).toContain('href="https://ppo.example.ru/_forms/unsubscribe?token=abc"')
    expect(mail.text).toContain('* Заголовок <script>alert(1)</script>')
    expect(mail.text).toContain('https://ppo.example.ru/news/item/')
    expect(mail.text).toContain('Отписаться: https://ppo.example.ru/_forms/unsubscribe?token=abc')
  })

  it('refuses a non-http link in an item', async () => {
    const bad = structuredClone(content)
    bad.sections[0]!.items[0]!.url = 'javascript:alert(1)'
    await expect(renderMail(bad)).rejects.toThrow(/http/)
  })

  it('renders once and fills each reader’s token in (renderPersonal)', async () => {
    const renderer = new PersonalRenderer()
    let builds = 0
    const build = () => {
      builds++
      return {
        ...content,
        footerLinks: [
          {
            label: 'Отписаться',
            url: `https://ppo.example.ru/_forms/unsubscribe?token=${tokenPlaceholder(0)}`,
          },
        ],
      }
    }
    const a = await renderer.render('k', build, ['tokenA_-1'])
    const b = await renderer.render('k', build, ['tokenB_-2'])
    expect(builds).toBe(1)
    expect(a.html).toContain('unsubscribe?token=tokenA_-1')
    expect(b.text).toContain('unsubscribe?token=tokenB_-2')
    expect(b.html).not.toContain('tokenA')
    expect(a.html).not.toContain(tokenPlaceholder(0))
  })
})
