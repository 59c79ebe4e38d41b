import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml'
import { describe, expect, it } from 'vitest'
import { fillFormPage } from '../../cms/forms/fillFormPage'

/** A page written to the form contract (docs: h16 shared brief), until the site's page exists. */
const PAGE = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/inquiryForm/feedbackPage.html'),
  'utf8',
)

function elements(html: string) {
  const found: ElementNode[] = []
  walkSync(parse(html), (n) => {
    if (n.type === ELEMENT_NODE) found.push(n as ElementNode)
  })
  return {
    byId: (id: string) => found.find((e) => e.attributes.id === id)!,
    all: found,
    text: (e: ElementNode): string =>
      e.children
        .map((c) => (c.type === ELEMENT_NODE ? '' : (c as { value: string }).value))
        .join(''),
  }
}

const values = {
  org: '999',
  topic: 'safety',
  message: 'Строка 1\n</textarea><script>alert(1)</script>',
  name: '"><script>alert(2)</script>',
  email: 'a@b.ru',
  phone: '',
  workplace: 'Цех & склад',
  consent: 'yes',
  website: 'spam',
  altcha: 'payload',
  attachment: 'x.pdf',
}

describe('fillFormPage', () => {
  it('puts back what the reader typed, escaped', () => {
    const html = fillFormPage(PAGE, values, {})
    expect(html).not.toContain('<script>')
    const { byId, text } = elements(html)
    expect(byId('inquiry-name').attributes.value).toBe(
      '&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;',
    )
    expect(byId('inquiry-workplace').attributes.value).toBe('Цех &amp; склад')
    expect(byId('inquiry-email').attributes.value).toBe('a@b.ru')
    expect(text(byId('inquiry-message'))).toBe(
      'Строка 1\n&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    )
    expect('checked' in byId('inquiry-consent').attributes).toBe(true)
  })

  it('selects the chosen topic and only it', () => {
    const { all } = elements(fillFormPage(PAGE, values, {}))
    const selected = all.filter((e) => e.name === 'option' && 'selected' in e.attributes)
    expect(selected.map((o) => o.attributes.value)).toEqual(['safety'])
  })

  it('never puts back the file, the honeypot, the proof of work or the hidden org', () => {
    const { byId, all } = elements(fillFormPage(PAGE, values, {}))
    expect(byId('inquiry-attachment').attributes.value).toBeUndefined()
    expect(byId('inquiry-website').attributes.value).toBeUndefined()
    expect(all.find((e) => e.attributes.name === 'altcha')!.attributes.value).toBe('')
    expect(byId('inquiry-org').attributes.value).toBe('7')
  })

  it('an unticked consent is unticked', () => {
    const { byId } = elements(fillFormPage(PAGE, { ...values, consent: undefined }, {}))
    expect('checked' in byId('inquiry-consent').attributes).toBe(false)
  })

  it('shows each error by its field and in the summary, with links to the fields', () => {
    const errors = { message: 'Сообщение слишком короткое <b>', consent: 'Нужно согласие.' }
    const html = fillFormPage(PAGE, values, errors)
    const { byId, all, text } = elements(html)
    const messageError = byId('inquiry-message-error')
    expect('hidden' in messageError.attributes).toBe(false)
    expect(text(messageError)).toBe('Сообщение слишком короткое &lt;b&gt;')
    expect(byId('inquiry-message').attributes['aria-invalid']).toBe('true')
    expect('hidden' in byId('inquiry-name-error').attributes).toBe(true)
    expect(byId('inquiry-name').attributes['aria-invalid']).toBeUndefined()
    const summary = all.find((e) => 'data-error-summary' in e.attributes)!
    expect('hidden' in summary.attributes).toBe(false)
    const links = all.filter((e) => e.name === 'a')
    expect(links.map((a) => a.attributes.href)).toEqual(['#inquiry-message', '#inquiry-consent'])
  })

  it('leaves the page’s other controls alone (the accessibility panel’s radios)', () => {
    const page = PAGE.replace(
      '<main>',
      '<fieldset><input type="radio" name="a11y-size" id="a11y-normal" value="normal" checked><input type="text" name="name" id="other-name" value="keep"></fieldset><main>',
    )
    const { byId } = elements(fillFormPage(page, values, { name: 'Ошибка' }))
    expect('checked' in byId('a11y-normal').attributes).toBe(true)
    expect(byId('other-name').attributes.value).toBe('keep')
    expect(byId('other-name').attributes['aria-invalid']).toBeUndefined()
  })

  it('without errors leaves the summary hidden', () => {
    const { all } = elements(fillFormPage(PAGE, values, {}))
    expect('hidden' in all.find((e) => 'data-error-summary' in e.attributes)!.attributes).toBe(true)
  })
})
