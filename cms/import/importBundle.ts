import type { Payload } from 'payload'
import type { Bundle } from '../../content/lib/loadBundle'
import { importContext } from './importContext'
import { importEvents } from './importEvents'
import { importDocuments, importMedia } from './importFiles'
import { importOrganizations, linkOrganizationMedia } from './importOrganizations'
import type { ImportReport } from './importReport'
import { importSyndication } from './importSyndication'
import { importCategories, importPages, importPosts } from './importTexts'
import { importUsers } from './importUsers'

export type { Ids } from './importContext'

/**
 * Loads a validated bundle into the CMS through the Local API, so every hook and validation of
 * the admin applies. Idempotent: entries whose hash did not change are not written. The order
 * is the references' order: each step needs the ids of the steps before it.
 */
export async function importBundle(payload: Payload, bundle: Bundle): Promise<ImportReport> {
  const ctx = importContext(payload, bundle)
  const { keyOf, report } = ctx
  const categories = await importCategories(ctx)
  const orgs = await importOrganizations(ctx)
  const media = await importMedia(ctx, orgs)
  await linkOrganizationMedia(ctx, { orgs, media })
  await importDocuments(ctx, orgs)
  const posts = await importPosts(ctx, { orgs, media, categories })
  await importPages(ctx, { orgs, media })
  await importSyndication(payload, bundle, { orgs, posts, keyOf, report })
  await importEvents(payload, bundle, { orgs, media, keyOf, report })
  await importUsers(ctx, orgs)
  return report
}
