import { describe, expect, it } from 'vitest'
import { confirmExpired, maskAddress } from '../../domain/subscriptions/confirmWindow'
import { csvCell } from '../../domain/subscriptions/csvCell'
import { parseSubscribeInput } from '../../domain/subscriptions/subscribeInput'
import {
  mayManageSubscribers,
  maySeeSubscriberCounts,
  subscriberScope,
} from '../../domain/subscriptions/subscriberScope'
import { subscribedAt, trendText } from '../../domain/subscriptions/subscriberTrend'
import { subscriberLinks } from '../../cms/subscriptions/suppressAddress'

const good = { org: '12', email: ' Ivan@Example.RU ', mode: 'weekly', consent: 'yes' }

describe('parseSubscribeInput', () => {
  it('accepts a good form, lower-cases the address and drops the consent', () => {
    expect(parseSubscribeInput(good)).toEqual({
      ok: true,
      value: { org: '12', email: 'ivan@example.ru', mode: 'weekly' },
    })
  })
  it('names every problem in Russian, by field', () => {
    const result = parseSubscribeInput({ org: '', email: 'x', mode: 'daily' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      org: 'Не указана организация.',
      email: 'Проверьте адрес электронной почты: например, name@example.ru.',
      mode: 'Выберите, что присылать: каждую новость или еженедельный дайджест.',
      consent: 'Нужно согласие на обработку персональных данных.',
    })
    const empty = parseSubscribeInput({ ...good, email: '' })
    expect(!empty.ok && empty.errors.email).toBe('Укажите адрес электронной почты.')
  })
})

describe('subscriberScope', () => {
  const admin = { id: 1, grants: [{ organization: 5, role: 'admin' as const, subtree: false }] }
  const subtreeAdmin = {
    id: 2,
    grants: [{ organization: 3, role: 'admin' as const, subtree: true }],
  }
  const editor = { id: 3, grants: [{ organization: 5, role: 'editor' as const, subtree: false }] }
  it('an admin reads its own org only; a subtree grant does not reach the orgs below', () => {
    expect(subscriberScope(admin)).toEqual({ organization: { in: [5] } })
    expect(subscriberScope(subtreeAdmin)).toEqual({ organization: { in: [3] } })
    expect(mayManageSubscribers(subtreeAdmin, 5)).toBe(false)
    expect(mayManageSubscribers(admin, 5)).toBe(true)
  })
  it('editors read no addresses, but see their own org counts', () => {
    expect(subscriberScope(editor)).toBe(false)
    expect(mayManageSubscribers(editor, 5)).toBe(false)
    expect(maySeeSubscriberCounts(editor, 5)).toBe(true)
    expect(maySeeSubscriberCounts(editor, 6)).toBe(false)
    expect(subscriberScope(null)).toBe(false)
    expect(subscriberScope({ id: 9, role: 'platform-admin' })).toBe(true)
  })
})

describe('the trend', () => {
  const at = new Date('2026-12-01T00:00:00Z')
  it('counts a row confirmed by then and not yet unsubscribed by then', () => {
    expect(subscribedAt({ status: 'confirmed', confirmedAt: '2026-11-01' }, at)).toBe(true)
    expect(subscribedAt({ status: 'confirmed', confirmedAt: '2026-12-02' }, at)).toBe(false)
    expect(subscribedAt({ status: 'pending' }, at)).toBe(false)
    const left = { status: 'unsubscribed', confirmedAt: '2026-11-01', unsubscribedAt: '2026-11-20' }
    expect(subscribedAt(left, at)).toBe(false)
    expect(subscribedAt({ ...left, unsubscribedAt: '2026-12-05' }, at)).toBe(true)
  })
  it('reads as a signed change', () => {
    expect(trendText(12, 10)).toBe('+2 за 4 недели')
    expect(trendText(7, 10)).toBe('−3 за 4 недели')
    expect(trendText(5, 5)).toBe('без изменений за 4 недели')
  })
})

describe('small rules', () => {
  it('defuses formula cells', () => {
    for (const cell of ['=1+1', '+7900', '-2', '@SUM(A1)', '\t=x'])
      expect(csvCell(cell)).toBe(`'${cell}`)
    expect(csvCell('ivan@example.ru')).toBe('ivan@example.ru')
  })
  it('a confirmation link lasts a week', () => {
    const now = new Date('2026-12-08T00:00:00Z')
    expect(confirmExpired('2026-12-02T00:00:00Z', now)).toBe(false)
    expect(confirmExpired('2026-11-30T00:00:00Z', now)).toBe(true)
    expect(confirmExpired(null, now)).toBe(true)
  })
  it('masks an address', () => expect(maskAddress('ivan@mail.ru')).toBe('i***@mail.ru'))
  it('builds the links on the site, section path included', () => {
    expect(subscriberLinks('https://ter-a.fed.ru/', '/org/ppo-a2', 'T0k')).toEqual({
      confirm: 'https://ter-a.fed.ru/org/ppo-a2/_forms/confirm?token=T0k',
      unsubscribe: 'https://ter-a.fed.ru/org/ppo-a2/_forms/unsubscribe?token=T0k',
      preferences: 'https://ter-a.fed.ru/org/ppo-a2/_forms/preferences?token=T0k',
      unsubscribeDigest:
        'https://ter-a.fed.ru/org/ppo-a2/_forms/unsubscribe?token=T0k&scope=digest',
    })
  })
})

describe('the pages', () => {
  it('fillFormPage fills the form named `subscribe`, and only it', async () => {
    const { fillFormPage } = await import('../../cms/forms/fillFormPage')
    const page = `<div data-error-summary hidden><ul></ul></div>
<form data-subscribe-form><input type="email" name="email" id="subscribe-email"><p data-error-for="email" hidden></p>
<input type="radio" name="mode" value="every" checked><input type="radio" name="mode" value="weekly"></form>
<form data-inquiry-form><input type="email" name="email" id="inquiry-email"></form>`
    const html = fillFormPage(
      page,
      { email: '<b>x', mode: 'weekly' },
      { email: 'Проверьте адрес' },
      'Ошибка',
      'subscribe',
    )
    expect(html).toContain('id="subscribe-email" value="&lt;b&gt;x" aria-invalid="true"')
    expect(html).toContain('<a href="#subscribe-email">Проверьте адрес</a>')
    expect(html).toContain('value="weekly" checked')
    expect(html).not.toContain('value="every" checked')
    expect(html).toContain('id="inquiry-email">')
  })

  it('subscriptionPage escapes everything and loads nothing', async () => {
    const { subscriptionPage } = await import('../../cms/subscriptions/subscriptionPage')
    const html = subscriptionPage({
      title: '<script>x</script>',
      siteName: '"ППО"',
      accent: 'red;}</style><script>',
      base: '/org/a"b',
      paragraphs: ['<img src=x onerror=1>'],
      buttons: [{ action: '/_forms/confirm', label: 'Да', hidden: { token: '"><script>' } }],
    })
    expect(html).not.toMatch(/<script|<img|<style/)
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;')
    expect(html).toContain('#1a4f8b')
    expect(html).not.toMatch(/<link|\ssrc="/)
  })
})
