import { fileDigest, type ImportContext, type Ids } from './importContext'
import { tally } from './importReport'
import { loadFile } from './loadFile'
import { stableHash } from './stableHash'
import { upsert } from './upsert'
import { reachData } from './importReach'

/** Images, each owned by its org; the hash covers the file's bytes, not only its entry. */
export async function importMedia(ctx: ImportContext, orgs: Ids): Promise<Ids> {
  const { payload, bundle, report, keyOf, need } = ctx
  const media: Ids = new Map()
  for (const m of bundle.media) {
    const r = await upsert(payload, {
      collection: 'media',
      importKey: keyOf('media', m.key),
      hash: stableHash({ ...m, path: undefined, file: await fileDigest(m.path) }),
      data: { alt: m.alt, caption: m.caption, organization: need(orgs, m.org, 'organization') },
      file: () => loadFile(m.path),
    })
    media.set(m.key, r.id)
    tally(report, 'media', r.action)
  }
  return media
}

/** Documents (PDF and office files) with their reach; the org's own by default. */
export async function importDocuments(ctx: ImportContext, orgs: Ids): Promise<void> {
  const { payload, bundle, report, keyOf, need } = ctx
  for (const d of bundle.documents) {
    const r = await upsert(payload, {
      collection: 'documents',
      importKey: keyOf('document', d.key),
      hash: stableHash({ ...d, path: undefined, file: await fileDigest(d.path) }),
      data: {
        title: d.title,
        docType: d.docType,
        year: d.year,
        description: d.description,
        organization: need(orgs, d.org, 'organization'),
        reach: reachData(orgs, d.reach ?? { scope: 'own' }),
      },
      file: () => loadFile(d.path),
    })
    tally(report, 'documents', r.action)
  }
}
