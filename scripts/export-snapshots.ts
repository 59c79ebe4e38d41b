/**
 * Writes one snapshot per organization (the contract between the CMS and the sites):
 * `npm run export -- [--out dist/snapshots]`. Each snapshot is validated with the site's own
 * schema before it is written, so a bad one fails here, naming the org and the field.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createLocalReq } from 'payload'
import { buildSnapshot } from '../cms/export/buildSnapshot'
import { OrgDirectory } from '../cms/export/orgDirectory'
import { bootPayload } from '../cms/lib/bootPayload'
import { parseSnapshot } from '../site/src/snapshot/schema'

const outIndex = process.argv.indexOf('--out')
const outDir = resolve(outIndex > 0 ? process.argv[outIndex + 1]! : 'dist/snapshots')
const started = performance.now()
const payload = await bootPayload()
try {
  const directory = await OrgDirectory.load(payload)
  const req = await createLocalReq({}, payload)
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  let items = 0
  for (const org of directory.orgs.values()) {
    const snapshot = parseSnapshot(await buildSnapshot(req, directory, org.id), org.key)
    items += snapshot.feed.length
    writeFileSync(join(outDir, `${org.key}.json`), JSON.stringify(snapshot))
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `Exported ${directory.orgs.size} snapshots (${items} feed items) to ${outDir} in ${seconds} s`,
  )
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
