/**
 * Loads a content bundle into the CMS: `npm run seed [-- <bundle dir>]` (default content/demo).
 * Idempotent: a second run changes nothing.
 */
import '../tools/lib/signsNoLogins'
import { resolve } from 'node:path'
import { BundleError } from '../content/lib/bundleError'
import { loadBundle } from '../content/lib/loadBundle'
import { importBundle } from '../cms/import/importBundle'
import { importMonitoringDemo } from '../cms/import/importMonitoringDemo'
import { changedCount, formatReport } from '../cms/import/importReport'
import { runWithPayload } from '../tools/lib/runWithPayload'

const dir = resolve(process.argv[2] ?? 'content/demo')
const started = performance.now()
let bundle
try {
  bundle = loadBundle(dir)
} catch (error) {
  console.error(error instanceof BundleError ? error.message : error)
  process.exit(1)
}
await runWithPayload(
  async (payload) => {
    const booted = performance.now()
    const report = await importBundle(payload, bundle)
    // The monitoring's recent news (issue 18), when the bundle has them. Not its past quarters:
    // they are made up from the sites as published, and nothing is published yet. `npm start`
    // stores them after its first publish (tools/demo/loadAndPublishDemo); after `npm run worker
    // -- --all --once`, `tsx tools/demo/seed-monitoring-history.ts` does (as the e2e stack).
    const monitoring = await importMonitoringDemo(
      payload,
      dir,
      bundle.manifest.namespace,
      new Date(),
      { news: true },
    )
    const done = performance.now()
    console.log(formatReport(report))
    if (monitoring.posts > 0)
      console.log(
        `Monitoring demo: ${monitoring.posts} recent news (its past quarters are stored after the first publish)`,
      )
    console.log(
      `Seeded ${dir}: ${changedCount(report)} documents written in ${((done - booted) / 1000).toFixed(1)} s ` +
        `(Payload start ${((booted - started) / 1000).toFixed(1)} s).`,
    )
  },
  (error) => `Seeding failed: ${error instanceof Error ? error.message : String(error)}`,
)
