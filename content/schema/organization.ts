import { z } from 'zod'
import { ORG_KINDS } from '../../cms/lib/orgKinds'
import { HOSTING_MODES } from '../../cms/lib/contentTypes'
import { THEME_IDS } from '../../themes/ids'
import { hexColor, httpUrl, key, slug } from './primitives'

export const contactsEntry = z
  .object({
    address: z.string(),
    phone: z.string(),
    email: z.email(),
    hotline: z.string(),
    receptionHours: z.string(),
    mapUrl: httpUrl,
  })
  .partial()
  .strict()

export const socialEntry = z
  .object({
    vk: httpUrl,
    telegram: httpUrl,
    ok: httpUrl,
    dzen: httpUrl,
    rutube: httpUrl,
    youtube: httpUrl,
  })
  .partial()
  .strict()

export const organizationEntry = z
  .object({
    key,
    name: z.string().min(3),
    shortName: z.string().min(2).optional(),
    /** Derived from the name by transliteration when absent. */
    slug: slug.optional(),
    kind: z.enum(ORG_KINDS),
    parent: key.optional(),
    memberships: z.array(key).default([]),
    memberCount: z.number().int().nonnegative().optional(),
    /** `review`: incoming materials wait for an editor (mandatory ones never wait). */
    incomingPolicy: z.enum(['auto', 'review']).default('auto'),
    /** One or two sentences for the home page and the structure page (Markdown). */
    about: z.string().optional(),
    contacts: contactsEntry.default({}),
    social: socialEntry.default({}),
    infoOfficer: z
      .object({ name: z.string(), position: z.string(), phone: z.string(), email: z.email() })
      .partial()
      .strict()
      .optional(),
    hosting: z
      .object({
        mode: z.enum(HOSTING_MODES).default('subdomain'),
        networkDomain: z.string().optional(),
        customDomain: z.string().optional(),
      })
      .strict()
      .default({ mode: 'subdomain' }),
    branding: z
      .object({
        theme: z.enum(THEME_IDS).default('federation'),
        accentColor: hexColor.optional(),
        /** A media key. */
        logo: key.optional(),
      })
      .strict()
      .default({ theme: 'federation' }),
  })
  .strict()

export type OrganizationEntry = z.infer<typeof organizationEntry>
