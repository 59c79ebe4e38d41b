/**
 * Lighthouse scores of a demo home page and a demo article:
 *   npm run lighthouse [-- --host mfp.localhost] [--port 4321] [--desktop]
 * Without --port it seeds a fresh temporary database, builds the demo and serves it on a free
 * port (as the e2e suite does); with --port it audits a preview server already running there
 * (npm start). Prints the four category scores per page and what keeps a category below its
 * target (performance 95, the others 100); exits 1 if any is below. Not part of npm test.
 */
import { parseArgs } from 'node:util'
import { runLighthouse } from '../tools/lighthouse/runLighthouse'

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: 'mfp.localhost' },
    port: { type: 'string' },
    'out-dir': { type: 'string' },
    desktop: { type: 'boolean', default: false },
  },
})

const code = await runLighthouse({
  host: values.host,
  port: values.port ? Number(values.port) : undefined,
  outDir: values['out-dir'],
  desktop: values.desktop,
})
if (code !== 0) process.exit(code)
