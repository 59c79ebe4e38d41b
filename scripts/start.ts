/**
 * `npm start [-- --dev]`: the demo federation loaded and published, its sites served on
 * SITES_PORT, a publishing worker and the admin on PORT (3000) — the production build, made
 * first when the admin's sources changed, or `next dev` with --dev (for editing the admin);
 * see tools/demo/startDemo.ts.
 */
import { parseArgs } from 'node:util'
import { assumeDevelopmentMachine, readConfig } from '../config'
import { startDemo } from '../tools/demo/startDemo'

let values: { dev?: boolean }
try {
  ;({ values } = parseArgs({ options: { dev: { type: 'boolean' } } }))
} catch {
  console.error('Usage: npm start [-- --dev]   (--dev: the admin under next dev, for editing it)')
  process.exit(2)
}
// The demo launcher is a development tool: it may fall back to the development secret.
assumeDevelopmentMachine()
await startDemo(readConfig(), values.dev ? 'dev' : 'build')
