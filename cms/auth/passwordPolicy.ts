/** The shortest password accepted on create, update and reset (Payload's own minimum is 3). */
export const MIN_PASSWORD_LENGTH = 10

/** A Russian reason the password is refused, or null when it is acceptable (or not being set). */
export function passwordProblem(password: unknown): string | null {
  if (password === undefined || password === null || password === '') return null
  if (typeof password !== 'string') return 'Пароль должен быть строкой.'
  // Counted in characters, not UTF-16 units, so a Cyrillic or emoji password is measured fairly.
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `Пароль слишком короткий: нужно не меньше ${MIN_PASSWORD_LENGTH} символов.`
  }
  return null
}
