import { describe, expect, it } from 'vitest'
import { INQUIRY_TOPICS } from '../../../domain/inquiries/inquiryTopics'
import { SITES, attr, decode, tags, type FixtureBuild } from '../helpers/fixtureBuild'

const FIELDS = ['topic', 'message', 'name', 'email', 'phone', 'workplace', 'attachment', 'consent']
const baseOf = (site: string) => (site.includes('/') ? site.slice(site.indexOf('/')) : '')

/** The feedback form, confirmation and policy pages in the build (issue 16, shared contract). */
export function describeFeedback(build: FixtureBuild): void {
  const { read } = build

  describe('the feedback pages in the built sites', () => {
    for (const site of ['zarechnaya.localhost', 'ugleprof.localhost/org/severny']) {
      it(`${site}: the form per the contract with the CMS endpoint`, () => {
        const html = read(`${site}/feedback/index.html`)
        const base = baseOf(site)
        const [form] = tags(html, 'form').filter((t) => t.includes('data-inquiry-form'))
        expect(form, 'the form').toBeDefined()
        expect(attr(form!, 'method')).toBe('post')
        expect(attr(form!, 'action')).toBe(`${base}/_forms/inquiry`)
        expect(attr(form!, 'enctype')).toBe('multipart/form-data')
        const org = tags(html, 'input').find((t) => attr(t, 'name') === 'org')!
        expect(attr(org, 'type')).toBe('hidden')
        expect(attr(org, 'value')).toMatch(/\S/)
        for (const name of FIELDS) {
          const control = [
            ...tags(html, 'input'),
            ...tags(html, 'select'),
            ...tags(html, 'textarea'),
          ].filter((t) => attr(t, 'name') === name)
          expect(control, name).toHaveLength(1)
          expect(attr(control[0]!, 'id'), name).toBe(`inquiry-${name}`)
          // A label for every control, and the error slot tied by aria-describedby.
          expect(html, name).toContain(`<label for="inquiry-${name}"`)
          expect(attr(control[0]!, 'aria-describedby')?.split(' '), name).toContain(
            `inquiry-${name}-error`,
          )
          expect(html, name).toMatch(
            new RegExp(`<p id="inquiry-${name}-error"[^>]*data-error-for="${name}"[^>]*hidden`),
          )
        }
        const consent = tags(html, 'input').find((t) => attr(t, 'name') === 'consent')!
        expect(attr(consent, 'type')).toBe('checkbox')
        expect(attr(consent, 'value')).toBe('yes')
        const file = tags(html, 'input').find((t) => attr(t, 'name') === 'attachment')!
        expect(attr(file, 'accept')).toBe('image/*,application/pdf')
        expect(decode(html)).toContain('не больше 5 МБ')
        for (const topic of INQUIRY_TOPICS) {
          expect(html).toContain(`<option value="${topic.value}">${topic.label}</option>`)
        }
        const trap = tags(html, 'input').find((t) => attr(t, 'name') === 'website')!
        expect(attr(trap, 'tabindex')).toBe('-1')
        expect(attr(trap, 'autocomplete')).toBe('off')
        expect(html).toMatch(/<div class="inquiry-trap" aria-hidden="true">/)
        expect(html).toMatch(/<div[^>]*data-error-summary[^>]*tabindex="-1"[^>]*hidden/)
        const widget = tags(html, 'altcha-widget')[0]!
        expect(attr(widget, 'challenge')).toBe(`${base}/_forms/challenge`)
        expect(attr(widget, 'name')).toBe('altcha')
        // The 152-ФЗ consent names the org and links to the site's own policy page.
        const text = decode(html)
        expect(text).toContain('Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных»')
        expect(html).toContain(
          `<a href="${base}/privacy/">политикой обработки персональных данных</a>`,
        )
        // The script is a bundled file: nothing inline but the allowed a11y script.
        const modules = tags(html, 'script').filter((t) => attr(t, 'type') === 'module')
        expect(modules.some((t) => /^\/_astro\/[\w.-]+\.js$/.test(attr(t, 'src') ?? ''))).toBe(true)
      })
    }

    it('the consent names the org; the policy page names it as the operator', () => {
      const form = decode(read('zarechnaya.localhost/feedback/index.html'))
      const policy = decode(read('zarechnaya.localhost/privacy/index.html'))
      const name = /<p class="contacts-org">([^<]+)<\/p>/.exec(policy)![1]!
      expect(form).toContain(`Я даю согласие ${name} на обработку`)
      expect(policy).toContain(`Оператор персональных данных — ${name}.`)
      expect(policy).toContain('<h1>Политика обработки персональных данных</h1>')
    })

    it('the confirmation: «Обращение отправлено», what happens next, a link home', () => {
      for (const site of SITES) {
        const html = decode(read(`${site}/feedback/sent/index.html`))
        expect(html, site).toContain('<h1>Обращение отправлено</h1>')
        expect(html, site).toContain(`<a href="${baseOf(site)}/">Вернуться на главную</a>`)
      }
    })

    it('«Задать вопрос» in every footer and on the contacts page', () => {
      for (const site of SITES) {
        const link = `<a href="${baseOf(site)}/feedback/">Задать вопрос</a>`
        expect(read(`${site}/index.html`), site).toContain(link)
        expect(read(`${site}/contacts/index.html`).split(link).length, site).toBeGreaterThan(2)
      }
    })
  })
}
