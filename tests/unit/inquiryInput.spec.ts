import { describe, expect, it } from 'vitest'
import { parseInquiryInput } from '../../domain/inquiries/inquiryInput'
import { INQUIRY_TOPICS } from '../../domain/inquiries/inquiryTopics'

const good = {
  org: '12',
  topic: 'safety',
  message: 'В цехе не работает вентиляция третью неделю.',
  name: 'Иван Петров',
  email: 'ivan@example.ru',
  phone: '',
  workplace: 'Цех №3',
  consent: 'yes',
}

const errorsOf = (raw: Record<string, unknown>) => {
  const result = parseInquiryInput(raw)
  if (result.ok) throw new Error('expected errors')
  return result.errors
}

describe('parseInquiryInput', () => {
  it('accepts a good inquiry and drops empty optional fields and the consent', () => {
    expect(parseInquiryInput(good)).toEqual({
      ok: true,
      value: {
        org: '12',
        topic: 'safety',
        message: good.message,
        name: 'Иван Петров',
        email: 'ivan@example.ru',
        workplace: 'Цех №3',
      },
    })
  })

  it('takes every topic of INQUIRY_TOPICS and nothing else', () => {
    for (const { value } of INQUIRY_TOPICS)
      expect(parseInquiryInput({ ...good, topic: value }).ok).toBe(true)
    expect(errorsOf({ ...good, topic: 'admin' }).topic).toBe('Выберите тему обращения.')
    expect(errorsOf({ ...good, topic: undefined }).topic).toBe('Выберите тему обращения.')
  })

  it('bounds the message to 10–5000 characters and the name and workplace to 200', () => {
    expect(errorsOf({ ...good, message: 'коротко' }).message).toMatch(/не менее 10/)
    expect(errorsOf({ ...good, message: '' }).message).toBe('Напишите сообщение.')
    expect(errorsOf({ ...good, message: 'я'.repeat(5001) }).message).toMatch(/не более 5000/)
    expect(parseInquiryInput({ ...good, message: 'я'.repeat(5000) }).ok).toBe(true)
    expect(errorsOf({ ...good, name: 'я'.repeat(201) }).name).toMatch(/не более 200/)
    expect(errorsOf({ ...good, name: '  ' }).name).toMatch(/как к вам обращаться/)
    expect(errorsOf({ ...good, workplace: 'я'.repeat(201) }).workplace).toMatch(/не более 200/)
  })

  it('needs an e-mail or a phone, each in a sane format', () => {
    expect(errorsOf({ ...good, email: '', phone: '' }).email).toMatch(/почту или телефон/)
    expect(parseInquiryInput({ ...good, email: '', phone: '+7 (900) 123-45-67' })).toMatchObject({
      ok: true,
      value: { phone: '+7 (900) 123-45-67' },
    })
    expect(errorsOf({ ...good, email: 'ivan@' }).email).toMatch(/электронной почты/)
    expect(errorsOf({ ...good, phone: 'позвоните мне' }).phone).toMatch(/номер телефона/)
    expect(errorsOf({ ...good, phone: '12' }).phone).toMatch(/от 5 до 15 цифр/)
  })

  it('needs consent (the checkbox value `yes`)', () => {
    expect(errorsOf({ ...good, consent: undefined }).consent).toMatch(/согласие/)
    expect(errorsOf({ ...good, consent: 'on' }).consent).toMatch(/согласие/)
  })

  it('reports every field at once, each in Russian', () => {
    const errors = errorsOf({})
    expect(Object.keys(errors).sort()).toEqual(
      ['consent', 'email', 'message', 'name', 'org', 'topic'].sort(),
    )
    for (const message of Object.values(errors)) expect(message).toMatch(/[а-яё]/i)
  })

  it('strips control, bidi and zero-width characters; keeps line breaks in the message only', () => {
    const result = parseInquiryInput({
      ...good,
      name: 'Иван\u0000 \u202EПетров\u200B\n',
      message: 'Первая строка\r\nвторая\u0007 строка\u001b[31m',
    })
    expect(result).toMatchObject({
      ok: true,
      value: { name: 'Иван Петров', message: 'Первая строка\nвторая строка[31m' },
    })
  })

  it('keeps markup as plain text (escaping is the renderer’s job)', () => {
    const result = parseInquiryInput({ ...good, name: '<script>alert(1)</script>' })
    expect(result).toMatchObject({ ok: true, value: { name: '<script>alert(1)</script>' } })
  })

  it('ignores values of the wrong type instead of throwing', () => {
    expect(errorsOf({ ...good, message: ['a'], name: { x: 1 } })).toMatchObject({
      message: 'Напишите сообщение.',
      name: 'Укажите, как к вам обращаться.',
    })
  })
})
