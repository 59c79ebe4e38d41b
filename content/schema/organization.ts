import { z } from 'zod'
import { ORG_KINDS } from '../../domain/org/orgKinds'
import { HOSTING_MODES } from '../../domain/contentTypes'
import { contactsSchema, infoOfficer } from '../../domain/contract/orgProfile'
import { hexColor, httpUrl, orgName, orgShortName } from '../../domain/contract/primitives'
import { themeId } from '../../domain/contract/themeId'
import { socialLinksSchema } from '../../domain/socialNetworks'
import { leadershipSchema } from '../../domain/contract/leadership'
import { key, slug } from './primitives'

/** A field may be left blank in an import file (a template filled in later). */
export const contactsEntry = contactsSchema(z.string(), httpUrl)

export const socialEntry = socialLinksSchema(httpUrl)

export const organizationEntry = z
  .object({
    key,
    name: orgName,
    shortName: orgShortName.optional(),
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
    infoOfficer: infoOfficer.optional(),
    /** Chairperson (photo: a media key) and elected body, shown on the home page and contacts. */
    leadership: leadershipSchema(key).optional(),
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
        theme: themeId.default('federation'),
        accentColor: hexColor.optional(),
        /** A media key. */
        logo: key.optional(),
      })
      .strict()
      .default({ theme: 'federation' }),
  })
  .strict()

export type OrganizationEntry = z.infer<typeof organizationEntry>
