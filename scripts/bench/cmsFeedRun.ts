/**
 * One database's run of the CMS feed benchmark (spawned by scripts/bench.ts with DATABASE_URI,
 * DATA_DIR, BENCH_ORGS and BENCH_POSTS set). Prints a JSON result line prefixed with RESULT.
 */
import { bootPayload } from '../../cms/lib/bootPayload'
import { feedQueryBench } from './feedQueryBench'
import { buildSyntheticNetwork } from './syntheticNetwork'

const orgs = Number(process.env.BENCH_ORGS ?? 5000)
const posts = Number(process.env.BENCH_POSTS ?? 50000)
const t0 = performance.now()
const payload = await bootPayload()
const coldStart = (performance.now() - t0) / 1000
const network = await buildSyntheticNetwork(payload, orgs, posts)
const result = await feedQueryBench(payload, network)
console.log(`RESULT ${JSON.stringify({ coldStart, ...result })}`)
await payload.destroy()
process.exit(0)
