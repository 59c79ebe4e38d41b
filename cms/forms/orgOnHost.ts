import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { configValue } from '../../config/index'
import { PROJECT_ROOT } from '../../config/paths'
import type { SitePlacement } from '../../domain/hosts/sitePlacement'
import { loadOrgPlacement } from '../services/orgPlacement'

export interface FormSite extends SitePlacement {
  org: { id: string | number; name: string }
  /** The site's live folder (the host's, or the section's inside it). */
  dir: string
}

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
  const found = await loadOrgPlacement(payload, orgId)
  if (!found) return null
  const { org, placement } = found
  if (placement.host !== host) return null
  const dir = path.join(sitesDir, placement.host, placement.basePath)
  if (!existsSync(path.join(dir, 'index.html'))) return null
  return { ...placement, org: { id: org.id, name: org.name }, dir }
}
