import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { configValue } from '../../config/index'
import { PROJECT_ROOT } from '../../config/paths'
import { placementChain, type PlacementNode } from '../../domain/hosts/placementChain'
import { sitePlacement, type SitePlacement } from '../../domain/hosts/sitePlacement'
import { idOf, idsOf } from '../services/refs'

export interface FormSite extends SitePlacement {
  org: { id: string | number; name: string }
  /** The site's live folder (the host's, or the section's inside it). */
  dir: string
}

/** Ids are numbers on SQLite and PostgreSQL, ObjectIds on MongoDB: nothing else is looked up. */
const ID = /^(?:\d{1,15}|[0-9a-f]{24})$/i

/** The published sites' folder, as the preview server and nginx serve it. */
export const liveSitesDir = () => path.resolve(PROJECT_ROOT, configValue('SITES_DIR'))

/**
 * The org a form names, if the form may be addressed to it from `host`: the org exists, its site
 * is placed on this host (its own site, or a section of the site hosted there — sitePlacement,
 * as publishing computes it) and that site is published (its home page is live on disk).
 * Anything else is null: a form cannot be aimed at an org the site does not show.
 */
export async function orgOnHost(
  payload: Payload,
  orgId: string,
  host: string,
  sitesDir: string = liveSitesDir(),
): Promise<FormSite | null> {
  if (!ID.test(orgId)) return null
  const select = { name: true, slug: true, parent: true, ancestors: true, hosting: true } as const
  const org = await payload
    .findByID({ collection: 'organizations', id: orgId, depth: 0, select, overrideAccess: true })
    .catch(() => null)
  if (!org) return null
  const lineage = idsOf(org.ancestors).map(String)
  const { docs } = lineage.length
    ? await payload.find({
        collection: 'organizations',
        where: { id: { in: lineage } },
        select,
        depth: 0,
        limit: lineage.length,
        overrideAccess: true,
      })
    : { docs: [] }
  const nodes = new Map<string, PlacementNode>()
  for (const d of [org, ...docs])
    nodes.set(String(d.id), {
      id: d.id,
      name: d.name,
      slug: d.slug ?? String(d.id),
      parent: idOf(d.parent),
      hosting: {
        mode: d.hosting?.mode ?? 'subdomain',
        networkDomain: d.hosting?.networkDomain ?? null,
        customDomain: d.hosting?.customDomain ?? null,
      },
    })
  const placement = sitePlacement(placementChain(org.id, nodes))
  if (placement.host !== host) return null
  const dir = path.join(sitesDir, placement.host, placement.basePath)
  if (!existsSync(path.join(dir, 'index.html'))) return null
  return { ...placement, org: { id: org.id, name: org.name }, dir }
}
