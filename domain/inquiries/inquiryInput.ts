import { z } from 'zod'
import { INQUIRY_TOPIC_VALUES, type InquiryTopic } from './inquiryTopics'

/** The text fields of the feedback form, as the site's page names them (the form contract). */
export const INQUIRY_FIELDS = [
  'org',
  'topic',
  'message',
  'name',
  'email',
  'phone',
  'workplace',
  'consent',
] as const
export type InquiryField = (typeof INQUIRY_FIELDS)[number] | 'attachment' | 'altcha'

export const INQUIRY_LIMITS = {
  messageMin: 10,
  messageMax: 5000,
  nameMax: 200,
  workplaceMax: 200,
  emailMax: 254,
  phoneMax: 30,
} as const

export interface InquiryInput {
  org: string
  topic: InquiryTopic
  message: string
  name: string
  email?: string
  phone?: string
  workplace?: string
}

export type InquiryInputResult =
  { ok: true; value: InquiryInput } | { ok: false; errors: Partial<Record<InquiryField, string>> }

/**
 * Control characters (NUL, escapes, DEL, C1), bidi overrides and zero-width marks are dropped:
 * they have no place in a letter and can make a message read differently in the admin than it
 * was sent. A message keeps its line breaks and tabs; one-line fields turn them into spaces.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g
export const cleanMultiline = (text: string) =>
  text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').trim()
export const cleanLine = (text: string) =>
  cleanMultiline(text)
    .replace(/[\n\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')

const line = (value: unknown) => cleanLine(typeof value === 'string' ? value : '')
const optionalLine = (value: unknown) => line(value) || undefined

/** Digits with the usual separators: +7 (900) 123-45-67, 8 900 1234567, 123-45-67. */
const PHONE = /^\+?[\d\s()-]+$/
const digitCount = (text: string) => text.replace(/\D/g, '').length

const NO_CONTACT = 'Укажите электронную почту или телефон, чтобы вам могли ответить.'

const schema = z.object({
  org: z.preprocess(
    line,
    z.string().min(1, 'Не указана организация.').max(64, 'Неверная организация.'),
  ),
  topic: z.preprocess(line, z.enum(INQUIRY_TOPIC_VALUES, { error: 'Выберите тему обращения.' })),
  message: z.preprocess(
    (v) => cleanMultiline(typeof v === 'string' ? v : ''),
    z
      .string()
      .min(1, 'Напишите сообщение.')
      .min(
        INQUIRY_LIMITS.messageMin,
        `Сообщение слишком короткое: не менее ${INQUIRY_LIMITS.messageMin} символов.`,
      )
      .max(
        INQUIRY_LIMITS.messageMax,
        `Сообщение слишком длинное: не более ${INQUIRY_LIMITS.messageMax} символов.`,
      ),
  ),
  name: z.preprocess(
    line,
    z
      .string()
      .min(1, 'Укажите, как к вам обращаться.')
      .max(
        INQUIRY_LIMITS.nameMax,
        `Имя слишком длинное: не более ${INQUIRY_LIMITS.nameMax} символов.`,
      ),
  ),
  email: z.preprocess(
    optionalLine,
    z
      .email({ error: 'Проверьте адрес электронной почты: например, name@example.ru.' })
      .max(INQUIRY_LIMITS.emailMax, 'Адрес электронной почты слишком длинный.')
      .optional(),
  ),
  phone: z.preprocess(
    optionalLine,
    z
      .string()
      .max(INQUIRY_LIMITS.phoneMax, 'Номер телефона слишком длинный.')
      .refine(
        (p) => PHONE.test(p) && digitCount(p) >= 5 && digitCount(p) <= 15,
        'Проверьте номер телефона: только цифры, пробелы, скобки, дефисы и «+», от 5 до 15 цифр.',
      )
      .optional(),
  ),
  workplace: z.preprocess(
    optionalLine,
    z
      .string()
      .max(
        INQUIRY_LIMITS.workplaceMax,
        `Место работы: не более ${INQUIRY_LIMITS.workplaceMax} символов.`,
      )
      .optional(),
  ),
  consent: z.preprocess(
    line,
    z.literal('yes', { error: 'Нужно согласие на обработку персональных данных.' }),
  ),
})

/**
 * The form's text fields checked and cleaned (pure): every problem in Russian, one per field,
 * keyed by the field's name so the page can show it next to the control. Values arrive as the
 * form sent them (strings, or nothing for an unticked box).
 */
export function parseInquiryInput(raw: Record<string, unknown>): InquiryInputResult {
  const result = schema.safeParse(raw)
  // Checked apart from the schema so that it shows alongside the other fields' problems.
  const noContact = !optionalLine(raw.email) && !optionalLine(raw.phone)
  if (result.success && !noContact) {
    const { consent: _consent, ...value } = result.data
    return { ok: true, value }
  }
  const errors: Partial<Record<InquiryField, string>> = {}
  if (noContact) errors.email = NO_CONTACT
  for (const issue of result.success ? [] : result.error.issues) {
    const field = String(issue.path[0] ?? 'message') as InquiryField
    errors[field] ??= issue.message
  }
  return { ok: false, errors }
}
