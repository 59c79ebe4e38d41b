import { solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { checkFormSolution, createFormChallenge } from '../../cms/forms/formChallenge'
import { FORM_SETTINGS } from '../../cms/forms/formSettings'

const secrets = { challenge: 'c'.repeat(64), key: 'k'.repeat(64) }

async function solved(now = new Date()) {
  const challenge = await createFormChallenge(secrets, now)
  const solution = await solveChallenge({ challenge, deriveKey })
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the form’s proof-of-work challenge', () => {
  it('is signed, expires after the configured minutes and costs what the settings say', async () => {
    const now = new Date('2026-12-06T12:00:00Z')
    const { parameters, signature } = await createFormChallenge(secrets, now)
    expect(signature).toMatch(/^[0-9a-f]{64}$/)
    expect(parameters.algorithm).toBe(FORM_SETTINGS.challenge.algorithm)
    expect(parameters.cost).toBe(FORM_SETTINGS.challenge.cost)
    expect(parameters.expiresAt).toBe(
      now.getTime() / 1000 + FORM_SETTINGS.challenge.expiresInSeconds,
    )
  })

  it('a solution is accepted before expiry, with the challenge’s id and expiry', async () => {
    const result = await checkFormSolution(await solved(), secrets)
    expect(result).toMatchObject({ ok: true, id: expect.stringMatching(/^[0-9a-f]+$/) })
  })

  it('the same solution is refused once the challenge has expired', async () => {
    const field = await solved()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + (FORM_SETTINGS.challenge.expiresInSeconds + 1) * 1000)
    expect(await checkFormSolution(field, secrets)).toEqual({ ok: false, reason: 'expired' })
  })

  it('a solution signed with another secret, or of another algorithm, is refused', async () => {
    const field = await solved()
    expect(
      await checkFormSolution(field, { challenge: 'x'.repeat(64), key: 'y'.repeat(64) }),
    ).toEqual({
      ok: false,
      reason: 'invalid',
    })
    const decoded = JSON.parse(Buffer.from(field, 'base64').toString())
    decoded.challenge.parameters.algorithm = 'SHA-256'
    const cheap = Buffer.from(JSON.stringify(decoded)).toString('base64')
    expect(await checkFormSolution(cheap, secrets)).toEqual({ ok: false, reason: 'invalid' })
  })

  it('missing or malformed fields are told apart and never throw', async () => {
    expect(await checkFormSolution(undefined, secrets)).toEqual({ ok: false, reason: 'missing' })
    expect(await checkFormSolution('', secrets)).toEqual({ ok: false, reason: 'missing' })
    for (const junk of ['%%%', 'e30=', Buffer.from('[1]').toString('base64'), 'A'.repeat(5000)])
      expect((await checkFormSolution(junk, secrets)).ok).toBe(false)
  })
})
