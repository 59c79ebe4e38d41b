import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import { FORM_SETTINGS } from './formSettings'

export interface FormSecrets {
  challenge: string
  key: string
}

/**
 * A signed ALTCHA challenge (altcha-lib, deterministic mode: the server picks the secret counter
 * and signs the key it leads to, so checking a solution costs one HMAC, not the solver's work).
 */
export async function createFormChallenge(
  secrets: FormSecrets,
  now: Date = new Date(),
): Promise<Challenge> {
  const { algorithm, cost, counterMin, counterMax, expiresInSeconds } = FORM_SETTINGS.challenge
  return createChallenge({
    algorithm,
    cost,
    counter: randomInt(counterMax, counterMin),
    deriveKey,
    expiresAt: new Date(now.getTime() + expiresInSeconds * 1000),
    hmacSignatureSecret: secrets.challenge,
    hmacKeySignatureSecret: secrets.key,
  })
}

export type SolutionCheck =
  | { ok: true; id: string; expiresAt: Date }
  | { ok: false; reason: 'missing' | 'malformed' | 'expired' | 'invalid' }

const decode = (text: string): unknown => {
  try {
    return JSON.parse(Buffer.from(text, 'base64').toString('utf8'))
  } catch {
    return undefined
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/**
 * Checks the widget's `altcha` field (base64 JSON of the challenge and the solution): signed by
 * us, not expired, solved. The challenge's nonce is its id for the once-only check; its expiry
 * bounds how long the id must be remembered.
 */
export async function checkFormSolution(
  field: string | undefined,
  secrets: FormSecrets,
): Promise<SolutionCheck> {
  if (!field) return { ok: false, reason: 'missing' }
  if (field.length > 4096) return { ok: false, reason: 'malformed' }
  const payload = decode(field)
  if (!isObject(payload) || !isObject(payload.challenge) || !isObject(payload.solution))
    return { ok: false, reason: 'malformed' }
  const challenge = payload.challenge as unknown as Challenge
  const parameters = challenge.parameters as unknown
  if (!isObject(parameters) || typeof parameters.nonce !== 'string')
    return { ok: false, reason: 'malformed' }
  // Only our own algorithm: a forged "cheap" one must not even reach the signature check.
  if (parameters.algorithm !== FORM_SETTINGS.challenge.algorithm)
    return { ok: false, reason: 'invalid' }
  try {
    const result = await verifySolution({
      challenge,
      solution: payload.solution as never,
      deriveKey,
      hmacSignatureSecret: secrets.challenge,
      hmacKeySignatureSecret: secrets.key,
    })
    if (result.expired) return { ok: false, reason: 'expired' }
    if (!result.verified || typeof parameters.expiresAt !== 'number')
      return { ok: false, reason: 'invalid' }
    return { ok: true, id: parameters.nonce, expiresAt: new Date(parameters.expiresAt * 1000) }
  } catch {
    return { ok: false, reason: 'malformed' }
  }
}
