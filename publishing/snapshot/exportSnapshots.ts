import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { parseSnapshot } from '../../domain/contract/snapshot'
import { clashMessageEn } from '../../domain/hosts/addressClashes'
import { collectSnapshots } from './collectSnapshots'
import { OrgDirectory } from '../../cms/export/orgDirectory'

/** Orgs whose sources are read together (a few queries per batch instead of per org). */
const BATCH = 250

/**
 * Writes one snapshot per organization into `outDir` (emptied first). Each is validated with the
 * site's own schema before it is written, so a bad one fails here, naming the org and the field.
 */
export async function exportSnapshots(
  payload: Payload,
  outDir: string,
): Promise<{ sites: number; items: number }> {
  const directory = await OrgDirectory.load(payload)
  const clashes = directory.addressClashes()
  if (clashes.length > 0)
    throw new Error(`Refusing to export: ${clashes.map(clashMessageEn).join('; ')}`)
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const ids = [...directory.orgs.values()].map((o) => o.id)
  let items = 0
  for (let i = 0; i < ids.length; i += BATCH) {
    const { snapshots } = await collectSnapshots(payload, directory, ids.slice(i, i + BATCH))
    for (const [id, input] of snapshots) {
      if (input instanceof Error) throw input
      const { key } = directory.get(id)!
      const snapshot = parseSnapshot(input, key)
      writeFileSync(join(outDir, `${key}.json`), JSON.stringify(snapshot))
      items += snapshot.feed.length
    }
  }
  return { sites: directory.orgs.size, items }
}
