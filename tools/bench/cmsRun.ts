/**
 * One database's run of a CMS benchmark, spawned by onBothDatabases.ts (npm run bench) with
 * DATABASE_URI and DATA_DIR set and its options (cmsRunOptions) as one JSON argument. Kind
 * `feed` (own posts of an org), `syndication` (a ППО's feed four levels down, and the receivers
 * of a federation post), `form` (the public form endpoint over HTTP), or the weekly digest's
 * `digest-seed` then `digest-send` (two runs on one database; the sender is the job's own child). Prints one RESULT line of JSON.
 */
import { bootPayload } from '../../cms/lib/bootPayload'
import { configValue } from '../../config'
import { readChildOptions } from '../lib/childOptions'
import { cmsRunOptions } from './cmsRunOptions'
import { weekOf } from '../../domain/mailings/digestWeek'
import { digestBench } from './digestBench'
import { digestSeed } from './digestSeed'
import { feedQueryBench } from './feedQueryBench'
import { formBench } from './formBench'
import { monitoringBench } from './monitoringBench'
import { syndicationBench } from './syndicationBench'
import { buildSyntheticNetwork } from './syntheticNetwork'

const { kind, orgs, posts, subscribers, at } = readChildOptions(cmsRunOptions, 'cmsRun.ts')
const week = weekOf(at ? new Date(at) : new Date())
if (kind === 'digest-send') {
  // The sender is a child of its own (as the job starts it): nothing to boot here.
  console.log(`RESULT ${JSON.stringify({ coldStart: 0, ...(await digestBench(week)) })}`)
  process.exit(0)
}
const t0 = performance.now()
const payload = await bootPayload()
const coldStart = (performance.now() - t0) / 1000
const result =
  kind === 'form'
    ? await formBench(payload, configValue('DATA_DIR'))
    : kind === 'digest-seed'
      ? await digestSeed(payload, week, { orgs, posts, subscribers: subscribers ?? 100_000 })
      : await networkBench()

async function networkBench() {
  const network = await buildSyntheticNetwork(payload, {
    orgs,
    posts,
    deep: kind === 'syndication',
  })
  if (kind === 'monitoring') return monitoringBench(payload, network)
  return kind === 'syndication'
    ? syndicationBench(payload, network)
    : feedQueryBench(payload, network)
}
console.log(`RESULT ${JSON.stringify({ coldStart, ...result })}`)
await payload.destroy()
process.exit(0)
