import { describe, expect, it } from 'vitest'
import { SITES, attr, decode, tags, type FixtureBuild } from '../helpers/fixtureBuild'

const baseOf = (site: string) => (site.includes('/') ? site.slice(site.indexOf('/')) : '')

/**
 * The subscription form and its «check your mail» page in the build (issue 17): the contract
 * with cms/subscriptions (the form named `subscribe`, ids `subscribe-<name>`, error slots), the
 * 152-ФЗ consent linking the site's policy, «Подписаться» in every footer.
 */
export function describeSubscribe(build: FixtureBuild): void {
  const { read } = build

  describe('the subscription pages in the built sites', () => {
    for (const site of ['zarechnaya.localhost', 'ugleprof.localhost/org/severny']) {
      it(`${site}: the form per the contract with the CMS endpoint`, () => {
        const html = read(`${site}/subscribe/index.html`)
        const base = baseOf(site)
        const [form] = tags(html, 'form').filter((t) => t.includes('data-subscribe-form'))
        expect(form, 'the form').toBeDefined()
        expect(attr(form!, 'method')).toBe('post')
        expect(attr(form!, 'action')).toBe(`${base}/_forms/subscribe`)
        // Urlencoded (no file): the CMS reads the same body with or without the script.
        expect(attr(form!, 'enctype')).toBeUndefined()
        const inputs = tags(html, 'input')
        const org = inputs.find((t) => attr(t, 'name') === 'org')!
        expect(attr(org, 'type')).toBe('hidden')
        expect(attr(org, 'value')).toMatch(/\S/)
        const email = inputs.find((t) => attr(t, 'name') === 'email')!
        expect(attr(email, 'id')).toBe('subscribe-email')
        expect(attr(email, 'type')).toBe('email')
        expect(attr(email, 'aria-describedby')).toBe('subscribe-email-error')
        const modes = inputs.filter((t) => attr(t, 'name') === 'mode')
        expect(modes.map((t) => attr(t, 'value'))).toEqual(['every', 'weekly'])
        expect(modes.map((t) => attr(t, 'type'))).toEqual(['radio', 'radio'])
        for (const name of ['email', 'mode', 'consent', 'altcha'])
          expect(html, name).toMatch(
            new RegExp(`<p id="subscribe-${name}-error"[^>]*data-error-for="${name}"[^>]*hidden`),
          )
        const consent = inputs.find((t) => attr(t, 'name') === 'consent')!
        expect(attr(consent, 'type')).toBe('checkbox')
        expect(attr(consent, 'value')).toBe('yes')
        const text = decode(html)
        expect(text).toContain('Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных»')
        expect(html).toContain(
          `<a href="${base}/privacy/">политикой обработки персональных данных</a>`,
        )
        const trap = inputs.find((t) => attr(t, 'name') === 'website')!
        expect(attr(trap, 'tabindex')).toBe('-1')
        const widget = tags(html, 'altcha-widget')[0]!
        expect(attr(widget, 'challenge')).toBe(`${base}/_forms/challenge`)
        const modules = tags(html, 'script').filter((t) => attr(t, 'type') === 'module')
        expect(modules.some((t) => /^\/_astro\/[\w.-]+\.js$/.test(attr(t, 'src') ?? ''))).toBe(true)
      })
    }

    it('«Проверьте почту» and «Подписаться» in every footer', () => {
      for (const site of SITES) {
        const sent = decode(read(`${site}/subscribe/sent/index.html`))
        expect(sent, site).toContain('<h1>Проверьте почту</h1>')
        expect(read(`${site}/index.html`), site).toContain(
          `<a href="${baseOf(site)}/subscribe/">Подписаться</a>`,
        )
      }
    })
  })
}
