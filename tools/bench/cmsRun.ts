/**
 * One database's run of a CMS benchmark, spawned by onBothDatabases.ts (npm run bench) with
 * DATABASE_URI and DATA_DIR set. BENCH_KIND: `feed` (own posts of an org) or `syndication` (a
 * ППО's feed four levels down, and the receivers of a federation post). Prints one RESULT line
 * of JSON.
 */
import { readDeveloperConfig } from '../../config/index'
import { bootPayload } from '../../cms/lib/bootPayload'
import { feedQueryBench } from './feedQueryBench'
import { syndicationBench } from './syndicationBench'
import { buildSyntheticNetwork } from './syntheticNetwork'

const knobs = readDeveloperConfig()
const kind = knobs.BENCH_KIND
const orgs = Number(knobs.BENCH_ORGS)
const posts = Number(knobs.BENCH_POSTS)
const t0 = performance.now()
const payload = await bootPayload()
const coldStart = (performance.now() - t0) / 1000
const network = await buildSyntheticNetwork(payload, { orgs, posts, deep: kind === 'syndication' })
const result =
  kind === 'syndication'
    ? await syndicationBench(payload, network)
    : await feedQueryBench(payload, network)
console.log(`RESULT ${JSON.stringify({ coldStart, ...result })}`)
await payload.destroy()
process.exit(0)
