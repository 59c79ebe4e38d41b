import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type { OrgId } from '../lib/orgGraph'
import { parseSnapshot } from '../../site/src/snapshot/schema'
import { buildSnapshot } from './buildSnapshot'
import { OrgDirectory } from './orgDirectory'

/**
 * Writes one snapshot per organization into `outDir` (emptied first). Each is validated with the
 * site's own schema before it is written, so a bad one fails here, naming the org and the field.
 */
export async function exportSnapshots(
  payload: Payload,
  outDir: string,
): Promise<{ sites: number; items: number }> {
  const directory = await OrgDirectory.load(payload)
  const req = await createLocalReq({}, payload)
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  let items = 0
  for (const org of directory.orgs.values()) {
    items += await exportOrgSnapshot(req, directory, org.id, outDir)
  }
  return { sites: directory.orgs.size, items }
}

/** Writes one org's validated snapshot into `outDir`; returns its number of feed items. */
export async function exportOrgSnapshot(
  req: PayloadRequest,
  directory: OrgDirectory,
  orgId: OrgId,
  outDir: string,
): Promise<number> {
  const org = directory.get(orgId)!
  const snapshot = parseSnapshot(await buildSnapshot(req, directory, org.id), org.key)
  writeFileSync(join(outDir, `${org.key}.json`), JSON.stringify(snapshot))
  return snapshot.feed.length
}
