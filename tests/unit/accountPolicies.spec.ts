import { describe, expect, it } from 'vitest'
import { authCookies } from '../../cms/auth/authCookies'
import { clientIp } from '../../cms/auth/clientIp'
import { addressKey } from '../../cms/auth/loginLimiter'
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../cms/auth/passwordPolicy'

describe('passwordProblem', () => {
  it('refuses passwords under 10 characters with a Russian message', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10)
    expect(passwordProblem('123456789')).toMatch(/не меньше 10 символов/)
    expect(passwordProblem('1234567890')).toBeNull()
    // Characters, not UTF-16 units: nine emoji are nine characters.
    expect(passwordProblem('😀'.repeat(9))).toMatch(/не меньше/)
    expect(passwordProblem(12345678901)).toMatch(/строкой/)
  })

  it('has nothing to say when no password is being set', () => {
    expect(passwordProblem(undefined)).toBeNull()
    expect(passwordProblem('')).toBeNull()
  })
})

describe('clientIp', () => {
  it('trusts only the last X-Forwarded-For hop (the one the proxy appended)', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.1.1.1, 203.0.113.9' }))).toBe('203.0.113.9')
    expect(clientIp(new Headers({ 'x-real-ip': '203.0.113.10' }))).toBe('203.0.113.10')
    expect(clientIp(new Headers())).toBe('local')
    expect(clientIp(undefined)).toBe('local')
  })

  it('keys a login attempt by normalised address and IP', () => {
    expect(addressKey(' Editor@Example.ORG ', '203.0.113.9')).toBe('editor@example.org|203.0.113.9')
  })
})

describe('authCookies', () => {
  it('is Secure in production and SameSite=Strict everywhere', () => {
    expect(authCookies('production')).toEqual({ secure: true, sameSite: 'Strict' })
    expect(authCookies('development')).toEqual({ secure: false, sameSite: 'Strict' })
  })
})
