import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'

/**
 * The key that signs the form's proof-of-work challenges, derived from the server's own secret
 * (PAYLOAD_SECRET) under a label of its own, so no second secret needs setting and a challenge
 * signature can never double as anything else. Two: one signs the challenge, one its solution key.
 */
export function formSecrets(payload: Payload): { challenge: string; key: string } {
  const derive = (label: string) =>
    createHmac('sha256', payload.secret).update(`union-sites:forms:${label}`).digest('hex')
  return { challenge: derive('challenge'), key: derive('challenge-key') }
}
