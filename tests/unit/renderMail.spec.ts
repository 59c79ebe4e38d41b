import { ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml'
import { describe, expect, it } from 'vitest'
import { renderMail } from '../../cms/mail/renderMail'

const ATTACK = `<script>alert("x")</script><img src=x onerror=alert(1)>'&<mj-include path="/etc/passwd" />`

const message = (s: string) => ({
  subject: `Новое обращение ${s}`,
  preheader: `Кратко ${s}`,
  heading: `Заголовок ${s}`,
  paragraphs: [`Первый абзац ${s}`, `Второй\nабзац ${s}`],
  action: { label: `Открыть ${s}`, url: 'https://admin.example.org/admin/collections/inquiries/7' },
  footer: `Вы получили это письмо ${s}`,
  brand: { name: `Профком ${s}`, accent: '#0055aa', logoUrl: 'https://example.org/logo.png' },
})

describe('renderMail', () => {
  it('puts a script from every string into the HTML as inert text', async () => {
    const { html } = await renderMail(message(ATTACK))
    const elements: ElementNode[] = []
    walkSync(parse(html), (node) => {
      if (node.type === ELEMENT_NODE) elements.push(node as ElementNode)
    })
    expect(elements.filter((e) => /^(script|mj-include)$/i.test(e.name))).toEqual([])
    expect(elements.filter((e) => Object.keys(e.attributes).some((a) => /^on/i.test(a)))).toEqual(
      [],
    )
    expect(elements.filter((e) => e.name === 'img').map((e) => e.attributes.src)).toEqual([
      'https://example.org/logo.png',
    ])
    // Each of the seven strings appears escaped (the title and the aria-label repeat the subject).
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(7)
  })

  it('keeps every string as plain text in the text part, built from the same content', async () => {
    const { text, subject } = await renderMail(message(ATTACK))
    for (const part of [
      'Заголовок',
      'Первый абзац',
      'абзац',
      'Открыть',
      'Вы получили это письмо',
      'Профком',
    ])
      expect(text).toContain(`${part} ${ATTACK}`)
    expect(text).not.toMatch(/<(table|div|td|p)\b/)
    expect(subject).toBe(`Новое обращение ${ATTACK}`)
  })

  it('keeps a Russian subject as it is, on one line', async () => {
    const { subject, html } = await renderMail({
      ...message(''),
      subject: 'Предложен материал:\r\n«Колдоговор 2027»',
    })
    expect(subject).toBe('Предложен материал: «Колдоговор 2027»')
    expect(html).toContain('<title>Предложен материал: «Колдоговор 2027»</title>')
  })

  it('has the action link in both parts', async () => {
    const { html, text } = await renderMail(message(''))
    const url = 'https://admin.example.org/admin/collections/inquiries/7'
    expect(html).toContain(`href="${url}"`)
    expect(text).toContain(`Открыть: ${url}`)
  })

  it('refuses a link that is not http(s), and ignores a brand colour that is not a colour', async () => {
    await expect(
      renderMail({ ...message(''), action: { label: 'x', url: 'javascript:alert(1)' } }),
    ).rejects.toThrow(/http/)
    const { html } = await renderMail({
      ...message(''),
      brand: { name: 'П', accent: 'red;background:url(https://evil.example/)' },
    })
    expect(html).not.toContain('evil.example')
    expect(html).toContain('#b71c1c')
  })

  it('uses the brand colour and logo when given, and links no third-party fonts', async () => {
    const { html } = await renderMail(message(''))
    expect(html).toContain('#0055aa')
    expect(html).toContain('src="https://example.org/logo.png"')
    expect(html).not.toMatch(/fonts\.googleapis/)
  })
})
