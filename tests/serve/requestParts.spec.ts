import { describe, expect, it } from 'vitest'
import { encodePath, normalizeHost, normalizePath } from '../../serving/requestParts'

// Expected values are what nginx 1.22 does with the same request (checked by hand and, for a
// sample, by the parity test in servers.spec.ts).
describe('normalizePath', () => {
  it.each([
    ['/', '/'],
    ['/news/', '/news/'],
    ['/news', '/news'],
    ['//news//', '/news/'],
    ['/./news/', '/news/'],
    ['/news/.', '/news/'],
    ['/news/..', '/'],
    ['/news/../contacts/', '/contacts/'],
    ['/%6eews/', '/news/'],
    ['/news%2F', '/news/'],
    ['/%D0%BD%D0%BE/', '/но/'],
    ['/a b/', '/a b/'],
  ])('%s → %s', (target, path) => {
    expect(normalizePath(target)?.path).toBe(path)
  })

  it.each(['/../x', '/news/../../x', '/%2e%2e/x', '/%00', '/news/%', '/news/%zz', 'news/', ''])(
    'refuses %j (nginx: 400)',
    (target) => expect(normalizePath(target)).toBeNull(),
  )

  it('keeps the query apart, unchanged', () => {
    expect(normalizePath('/news?page=2&x=%20')).toEqual({ path: '/news', query: 'page=2&x=%20' })
    expect(normalizePath('/news/?')).toEqual({ path: '/news/', query: '' })
  })
})

describe('normalizeHost', () => {
  it('lower-cases and drops the port and a trailing dot, like $host', () => {
    expect(normalizeHost('UGLEPROF.localhost:4321')).toEqual({
      name: 'ugleprof.localhost',
      port: '4321',
    })
    expect(normalizeHost('ugleprof.localhost.')).toEqual({
      name: 'ugleprof.localhost',
      port: undefined,
    })
    expect(normalizeHost('[::1]:4321')).toEqual({ name: '[::1]', port: '4321' })
  })

  it('refuses what nginx answers with 400, and tells a missing header apart', () => {
    for (const bad of ['ugleprof..localhost', 'ugle/prof.localhost', '.localhost', 'a b', 'x:port'])
      expect(normalizeHost(bad), bad).toBeNull()
    expect(normalizeHost(undefined)).toBeUndefined()
    expect(normalizeHost('')).toBeUndefined()
  })
})

describe('encodePath', () => {
  it('percent-encodes each segment and keeps the slashes', () => {
    expect(encodePath('/news/')).toBe('/news/')
    expect(encodePath('/о нас/')).toBe('/%D0%BE%20%D0%BD%D0%B0%D1%81/')
  })
})
