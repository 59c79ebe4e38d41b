import { pbkdf2, randomBytes } from 'node:crypto'

/**
 * Payload 3.90's password hash (auth/strategies/local/generatePasswordSaltHash: PBKDF2-SHA256,
 * 600,000 iterations, 32 bytes). Checking a wrong password costs one such derivation; an unknown
 * address cost nothing, so the answer's delay told which addresses have accounts.
 */
const ITERATIONS = 600_000
const KEY_LENGTH = 32

/** Does the work of checking `password` against a stored hash, and throws the result away. */
export function equalLoginWork(password: string): Promise<void> {
  return new Promise((resolve, reject) =>
    pbkdf2(password, randomBytes(32).toString('hex'), ITERATIONS, KEY_LENGTH, 'sha256', (error) =>
      error ? reject(error) : resolve(),
    ),
  )
}
