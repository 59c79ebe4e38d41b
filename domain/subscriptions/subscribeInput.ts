import { z } from 'zod'
import { cleanLine } from '../inquiries/inquiryInput'
import type { SubscriptionMode } from './subscriptionModes'

/** The subscription form's fields, as the site's page names them (the form contract). */
export const SUBSCRIBE_FIELDS = ['org', 'email', 'mode', 'consent'] as const
export type SubscribeField = (typeof SUBSCRIBE_FIELDS)[number] | 'altcha'

export interface SubscribeInput {
  org: string
  /** Lower-cased: one row per mailbox and site. */
  email: string
  mode: SubscriptionMode
}

export type SubscribeInputResult =
  | { ok: true; value: SubscribeInput }
  | { ok: false; errors: Partial<Record<SubscribeField, string>> }

const line = (value: unknown) => cleanLine(typeof value === 'string' ? value : '')

const schema = z.object({
  org: z.preprocess(
    line,
    z.string().min(1, 'Не указана организация.').max(64, 'Неверная организация.'),
  ),
  email: z.preprocess(
    (v) => line(v).toLowerCase(),
    z
      .string()
      .min(1, 'Укажите адрес электронной почты.')
      .max(254, 'Адрес электронной почты слишком длинный.')
      .pipe(z.email({ error: 'Проверьте адрес электронной почты: например, name@example.ru.' })),
  ),
  mode: z.preprocess(
    line,
    z.enum(['every', 'weekly'], {
      error: 'Выберите, что присылать: каждую новость или еженедельный дайджест.',
    }),
  ),
  consent: z.preprocess(
    line,
    z.literal('yes', { error: 'Нужно согласие на обработку персональных данных.' }),
  ),
})

/**
 * The subscription form's fields checked and cleaned (pure): every problem in Russian, one per
 * field, keyed by the field's name so the page shows it next to the control.
 */
export function parseSubscribeInput(raw: Record<string, unknown>): SubscribeInputResult {
  const result = schema.safeParse(raw)
  if (result.success) {
    const { consent: _consent, ...value } = result.data
    return { ok: true, value }
  }
  const errors: Partial<Record<SubscribeField, string>> = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'email') as SubscribeField
    errors[field] ??= issue.message
  }
  return { ok: false, errors }
}
