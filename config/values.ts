import { z } from 'zod'

/**
 * Value types of environment variables. Each parses the raw text and, when it does not fit, fails
 * with what it expects: the message is shown to whoever set the variable, next to its name.
 */

/** Documentation carried by every variable's schema; the README table is checked against it. */
export interface VariableDoc {
  /** What the variable does, one line (the README's "Meaning" column). */
  meaning: string
  /** The README's default (markdown), for a variable without a `.default()` in its schema. */
  shown?: string
  /** Never echoed in an error message (it may hold a password). */
  sensitive?: boolean
}

const parsed = <T>(expects: string, parse: (raw: string) => T | undefined) =>
  z.string().transform((raw, ctx): T => {
    const value = parse(raw.trim())
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: expects })
      return z.NEVER
    }
    return value
  })

const integer = (raw: string) => (/^\d+$/.test(raw) ? Number(raw) : undefined)

/** `1`/`true` on, `0`/`false` off: a typo such as `yes` is refused, not read as off. */
export const flag = () =>
  parsed('1 or 0 (true or false)', (raw) =>
    raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined,
  )

export const port = () =>
  parsed('a TCP port, a whole number from 1 to 65535', (raw) => {
    const n = integer(raw)
    return n !== undefined && n >= 1 && n <= 65535 ? n : undefined
  })

export const positiveInteger = () =>
  parsed('a whole number above 0', (raw) => {
    const n = integer(raw)
    return n !== undefined && n > 0 ? n : undefined
  })

export const wholeNumber = () => parsed('a whole number, 0 or more', integer)

/** A count with a ceiling, so that a slip of the keyboard (an extra zero) fails at once. */
export const countUpTo = (max: number) =>
  parsed(`a whole number from 1 to ${max}`, (raw) => {
    const n = integer(raw)
    return n !== undefined && n >= 1 && n <= max ? n : undefined
  })

/**
 * A CI service's own `CI` variable: services set `true`, `1` or their name, so any value is on
 * except `0` and `false` (an empty one counts as unset). Never refused, and read untrimmed, as
 * `npm test` always has: it is not ours to validate.
 */
export const ciFlag = () => z.string().transform((raw) => raw !== '0' && raw !== 'false')

export const positiveNumber = () =>
  parsed('a number above 0', (raw) => {
    const n = raw === '' ? NaN : Number(raw)
    return Number.isFinite(n) && n > 0 ? n : undefined
  })

/** Free text (a path, a command); an empty value counts as unset, see readConfig. */
export const text = () => z.string()

const isHttpUrl = (raw: string) => {
  try {
    const url = new URL(raw)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** Kept as written (the request rules take the origin part themselves). */
export const httpUrl = () =>
  parsed('an http:// or https:// URL', (raw) => (isHttpUrl(raw) ? raw : undefined))

/** Comma-separated http(s) URLs; blank entries (a trailing comma) are allowed. */
export const httpUrlList = () =>
  parsed('http:// or https:// URLs separated by commas', (raw) =>
    raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .every(isHttpUrl)
      ? raw
      : undefined,
  )

/** Comma-separated whole numbers above 0, kept as text (`1000,5000`). */
export const positiveIntegerList = () =>
  parsed('whole numbers above 0 separated by commas', (raw) =>
    raw.split(',').every((s) => /^\s*[1-9]\d*\s*$/.test(s)) ? raw : undefined,
  )

/** Comma-separated words from a fixed set, kept as text. */
export const wordList = (words: readonly string[]) =>
  parsed(`a comma-separated list of: ${words.join(', ')}`, (raw) =>
    raw.split(',').every((s) => words.includes(s.trim())) ? raw : undefined,
  )

export const oneOf = <const T extends readonly [string, ...string[]]>(words: T) =>
  parsed(`one of: ${words.join(', ')}`, (raw) =>
    (words as readonly string[]).includes(raw) ? (raw as T[number]) : undefined,
  )

export const databaseUri = () =>
  parsed(
    'a database URI: file:<path> (SQLite), postgres://… (PostgreSQL) or mongodb://… (MongoDB)',
    (raw) => (/^(file:|postgres(ql)?:\/\/|mongodb(\+srv)?:\/\/)/.test(raw) ? raw : undefined),
  )

export const originTemplate = () =>
  parsed('an origin with {host} in it, e.g. https://{host}', (raw) =>
    raw.includes('{host}') && isHttpUrl(raw.replace('{host}', 'example.org')) ? raw : undefined,
  )

/** Attaches the README documentation to a variable's schema. */
export const doc = <S extends z.ZodType>(schema: S, documentation: VariableDoc): S =>
  schema.meta({ ...documentation }) as S

/** An SMTP server: `smtp://` (STARTTLS when offered) or `smtps://` (TLS from the start), with a host. */
export const smtpUrl = () =>
  parsed(
    'an smtp:// or smtps:// URL with a host, e.g. smtps://user:password@smtp.example.org',
    (raw) => {
      try {
        const url = new URL(raw)
        return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname
          ? raw
          : undefined
      } catch {
        return undefined
      }
    },
  )

const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+$/

/** One e-mail address, `user@host`. */
export const emailAddress = () =>
  parsed('an e-mail address, e.g. no-reply@example.org', (raw) =>
    ADDRESS.test(raw) ? raw : undefined,
  )

/** A sender as a mail header writes it: `Name <user@host>` or a bare `user@host`, kept as written. */
export const mailbox = () =>
  parsed('a mailbox, e.g. Union Sites <no-reply@example.org> or no-reply@example.org', (raw) => {
    const named = /^([^<>\r\n]*)<([^<>]+)>$/.exec(raw)
    return (named ? ADDRESS.test(named[2]!.trim()) : ADDRESS.test(raw)) ? raw : undefined
  })
