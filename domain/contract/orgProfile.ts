import { z } from 'zod'

/**
 * The parts of an organization's public profile that an import file and a snapshot both carry.
 * Every field is optional and no other key is allowed on either side.
 */

/**
 * Address, phones, e-mail, reception hours and map link. An import may leave a field as an empty
 * string (a template filled in later); a snapshot names only what is there, so each side passes
 * its text rule.
 */
export function contactsSchema<T extends z.ZodType<string>, U extends z.ZodType<string>>(
  text: T,
  url: U,
) {
  return z
    .strictObject({
      address: text,
      phone: text,
      email: z.email(),
      hotline: text,
      receptionHours: text,
      mapUrl: url,
    })
    .partial()
}

/** The org's information officer («ответственный за информационную работу»). */
export const infoOfficer = z
  .strictObject({ name: z.string(), position: z.string(), phone: z.string(), email: z.email() })
  .partial()
