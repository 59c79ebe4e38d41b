import { describe, expect, it, vi } from 'vitest'
import { readConfig } from '../../config'
import { mailSettings, splitMailbox, type MailSettings } from '../../cms/mail/mailSettings'
import { routedTransport } from '../../cms/mail/routedTransport'

const message = { to: 'editor@example.org', subject: 'Новое обращение', text: 'Текст письма' }
const settings = (s: Partial<MailSettings>) => () => ({ from: 'a@b.c', development: false, ...s })

describe('the mail transport without SMTP_URL', () => {
  it('refuses to send in production, so the job fails instead of pretending', async () => {
    const info = vi.fn()
    const transport = routedTransport(() => ({ info }), settings({ development: false }))
    await expect(transport.sendMail(message)).rejects.toThrow(/SMTP_URL is not set/)
    expect(info).not.toHaveBeenCalled()
  })

  it('prints the message to the log in development', async () => {
    const info = vi.fn()
    const transport = routedTransport(() => ({ info }), settings({ development: true }))
    await transport.sendMail(message)
    expect(info).toHaveBeenCalledOnce()
    expect(info.mock.calls[0]![0]).toMatch(
      /editor@example\.org[\s\S]*Новое обращение[\s\S]*Текст письма/,
    )
  })
})

describe('mail configuration', () => {
  it('refuses a malformed SMTP_URL without echoing it (it may hold a password)', () => {
    expect(() => readConfig({ SMTP_URL: 'http://user:secret@mail.example.org' })).toThrow(
      /SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/,
    )
    expect(() => readConfig({ SMTP_URL: 'http://user:secret@mail.example.org' })).not.toThrow(
      /secret/,
    )
    expect(readConfig({ SMTP_URL: 'smtps://u:p@smtp.example.org:465' }).SMTP_URL).toBe(
      'smtps://u:p@smtp.example.org:465',
    )
  })

  it('takes EMAIL_FROM as a mailbox and refuses anything else', () => {
    expect(readConfig({ EMAIL_FROM: 'Union Sites <no-reply@mfp.localhost>' }).EMAIL_FROM).toBe(
      'Union Sites <no-reply@mfp.localhost>',
    )
    expect(readConfig({ EMAIL_FROM: 'no-reply@mfp.localhost' }).EMAIL_FROM).toBeDefined()
    for (const bad of ['no-reply', 'Union Sites', 'a@b.c, d@e.f', 'Name <bad>'])
      expect(() => readConfig({ EMAIL_FROM: bad })).toThrow(/EMAIL_FROM must be a mailbox/)
    expect(() => readConfig({ EMAIL_REPLY_TO: 'Name <a@b.c>' })).toThrow(/EMAIL_REPLY_TO/)
  })

  it('stops a production server that has SMTP_URL but no EMAIL_FROM, naming the variable', () => {
    const production = readConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.org' })
    expect(() => mailSettings(production)).toThrow(/EMAIL_FROM is not set/)
    expect(mailSettings(readConfig({ UNION_SITES_DEV: '1' })).from).toMatch(/no-reply@localhost/)
  })
})

describe('splitMailbox', () => {
  it('gives Payload the name and address of EMAIL_FROM', () => {
    expect(splitMailbox('Union Sites <no-reply@mfp.localhost>')).toEqual({
      name: 'Union Sites',
      address: 'no-reply@mfp.localhost',
    })
    expect(splitMailbox('"Сайты профсоюзов" <a@b.c>')).toEqual({
      name: 'Сайты профсоюзов',
      address: 'a@b.c',
    })
    expect(splitMailbox('a@b.c')).toEqual({ name: '', address: 'a@b.c' })
  })
})
