import { describe, expect, it } from 'vitest'
import {
  escapeLogValue,
  formatAccessLine,
  parseAccessLine,
  refererOrigin,
  unescapeLogValue,
} from '../../domain/visits/accessLogLine'
import { countView } from '../../domain/visits/countView'
import { moscowDay } from '../../domain/visits/moscowDay'
import { refererDomain, viewPath } from '../../domain/visits/viewPath'

const entry = {
  time: new Date('2026-12-05T07:00:00Z'),
  host: 'mfp.mosfed.ru',
  method: 'GET',
  path: '/news/',
  status: 200,
  bytes: 5120,
  referer: 'https://yandex.ru',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0',
}
const human = () => false

describe('the union_sites log line', () => {
  it('round-trips through format and parse, escaping as nginx does', () => {
    const hostile = { ...entry, userAgent: 'a "b" \\ c\nd Тест' }
    const line = formatAccessLine(hostile)
    expect(line).not.toContain('\n')
    expect(line).toContain('"a \\x22b\\x22 \\x5C c\\x0Ad \\xD0\\xA2')
    expect(parseAccessLine(line)).toEqual(hostile)
    expect(escapeLogValue('')).toBe('-')
    expect(unescapeLogValue('-')).toBe('')
    expect(unescapeLogValue('\\xFF')).toBe('\uFFFD')
  })

  it('refuses lines not in the format instead of guessing', () => {
    for (const line of [
      '',
      'garbage',
      '2026-12-05T10:00:00+03:00 host - "GET /" 2000 1 "-" "-"',
      'x'.repeat(70_000),
    ])
      expect(parseAccessLine(line)).toBeNull()
  })

  it('cuts a referer to its origin, without user info, path or query', () => {
    expect(refererOrigin('https://user:pw@www.yandex.ru:8443/search/?text=иванов')).toBe(
      'https://www.yandex.ru:8443',
    )
    expect(refererOrigin('android-app://org.telegram')).toBe('')
    expect(refererDomain('https://www.Yandex.RU:8443')).toBe('yandex.ru')
    expect(refererDomain('https://exa mple.ru')).toBeNull()
  })
})

describe('viewPath', () => {
  it('normalises pages and drops assets and junk', () => {
    expect(viewPath('/news/')).toBe('/news/')
    expect(viewPath('/news/index.html')).toBe('/news/')
    expect(viewPath('/about')).toBe('/about')
    expect(viewPath('/a//b/./c/../')).toBe('/a/b/')
    expect(viewPath('/../../etc/passwd')).toBe('/etc/passwd')
    expect(viewPath('/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/')).toBe('/новости/')
    for (const path of [
      '/_astro/a.css',
      '/media/x.png',
      '/favicon.svg',
      '/rss.xml',
      '/_search/x/y.json',
      '/%E0%A4%A/',
      '/a%00b/',
      'news/',
      `/${'a'.repeat(400)}/`,
    ])
      expect(viewPath(path), path).toBeNull()
  })
})

describe('countView', () => {
  it('counts human GETs of pages answered 2xx or 304; an external or empty referer is a visit', () => {
    expect(countView(entry, human)).toEqual({
      host: 'mfp.mosfed.ru',
      path: '/news/',
      day: '2026-12-05',
      visit: true,
      from: 'yandex.ru',
    })
    expect(countView({ ...entry, referer: 'https://mfp.mosfed.ru' }, human)).toMatchObject({
      visit: false,
      from: null,
    })
    expect(countView({ ...entry, referer: '' }, human)).toMatchObject({ visit: true, from: null })
    expect(countView({ ...entry, status: 304 }, human)).not.toBeNull()
    for (const other of [
      { status: 404 },
      { status: 301 },
      { method: 'POST' },
      { host: 'evil host' },
      { userAgent: '' },
    ])
      expect(countView({ ...entry, ...other }, human), JSON.stringify(other)).toBeNull()
    expect(countView(entry, () => true)).toBeNull()
  })

  it('days are Moscow days', () => {
    expect(moscowDay(new Date('2026-12-05T20:59:59Z'))).toBe('2026-12-05')
    expect(moscowDay(new Date('2026-12-05T21:00:00Z'))).toBe('2026-12-06')
  })
})
