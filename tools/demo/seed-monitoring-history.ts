/**
 * The monitoring demo's past quarters (issue 18) for a database whose demo sites are already
 * published: `tsx tools/demo/seed-monitoring-history.ts [--bundle content/demo]`.
 * `npm start` does the same after its first publication (loadAndPublishDemo.ts); the admin e2e
 * stack runs this after `worker.ts --all --once`, because the e2e setup's database comes from
 * seed-and-export.ts, which publishes nothing: a history made up before that would have every
 * site unpublished for a year. Idempotent: a quarter that has rows is never rewritten.
 */
import '../lib/signsNoLogins'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { importMonitoringDemo } from '../../cms/import/importMonitoringDemo'
import { PROJECT_ROOT } from '../../config/paths'
import { loadBundle } from '../../content/lib/loadBundle'
import { runWithPayload } from '../lib/runWithPayload'

const { values } = parseArgs({ options: { bundle: { type: 'string' } } })
const bundleDir = path.resolve(values.bundle ?? path.join(PROJECT_ROOT, 'content', 'demo'))
const { namespace } = loadBundle(bundleDir).manifest

await runWithPayload(
  async (payload) => {
    const { quarters } = await importMonitoringDemo(payload, bundleDir, namespace, new Date(), {
      history: true,
    })
    console.log(`Monitoring history: quarters ${quarters.join(', ') || '— (already stored)'}`)
  },
  (error) =>
    `Seeding the monitoring history failed: ${error instanceof Error ? error.message : String(error)}`,
)
