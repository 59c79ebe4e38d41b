import type { ImportContext, Ids } from './importContext'
import { tally } from './importReport'
import { leadershipData } from './leadershipData'
import { orderOrganizations } from './orderOrganizations'
import { stableHash } from './stableHash'
import { upsert } from './upsert'

/** The organizations, parents first (a child refers to its parent and memberships by id). */
export async function importOrganizations(ctx: ImportContext): Promise<Ids> {
  const { payload, bundle, report, keyOf, need } = ctx
  const orgs: Ids = new Map()
  for (const o of orderOrganizations(bundle.organizations)) {
    const { logo, ...branding } = o.branding
    const r = await upsert(payload, {
      collection: 'organizations',
      importKey: keyOf('org', o.key),
      hash: stableHash({ ...o, branding }),
      data: {
        name: o.name,
        shortName: o.shortName,
        slug: o.slug,
        kind: o.kind,
        parent: o.parent ? need(orgs, o.parent, 'organization') : null,
        memberships: o.memberships.map((m) => need(orgs, m, 'organization')),
        memberCount: o.memberCount,
        incomingPolicy: o.incomingPolicy,
        about: o.about,
        contacts: o.contacts,
        social: o.social,
        infoOfficer: o.infoOfficer ?? {},
        // The chair's photo refers to media, imported after the orgs: set with the logos below.
        leadership: leadershipData(o.leadership, null),
        hosting: o.hosting,
        branding,
      },
    })
    orgs.set(o.key, r.id)
    tally(report, 'organizations', r.action)
  }
  return orgs
}

/**
 * Logos and chairs' photos refer to media, which refer to their orgs: set once both exist, and
 * written only when they changed.
 */
export async function linkOrganizationMedia(
  ctx: ImportContext,
  ids: { orgs: Ids; media: Ids },
): Promise<void> {
  const { payload, bundle, need } = ctx
  for (const o of bundle.organizations) {
    const logo = o.branding.logo ? need(ids.media, o.branding.logo, 'media') : null
    const photoKey = o.leadership?.chairperson?.photo
    const photo = photoKey ? need(ids.media, photoKey, 'media') : null
    const id = need(ids.orgs, o.key, 'organization')
    const current = await payload.findByID({
      collection: 'organizations',
      id,
      depth: 0,
      select: { branding: true, leadership: true },
      overrideAccess: true,
    })
    const currentLogo = current.branding?.logo ?? null
    const currentPhoto = current.leadership?.chairperson?.photo ?? null
    const logoChanged = String(currentLogo) !== String(logo)
    const photoChanged = String(currentPhoto) !== String(photo)
    if (logoChanged || photoChanged) {
      await payload.update({
        collection: 'organizations',
        id,
        data: {
          ...(logoChanged ? { branding: { ...current.branding, logo } as never } : {}),
          ...(photoChanged ? { leadership: leadershipData(o.leadership, photo) } : {}),
        },
        depth: 0,
        overrideAccess: true,
      })
    }
  }
}
