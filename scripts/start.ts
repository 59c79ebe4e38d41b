/**
 * `npm start`: the demo federation loaded and published, its sites served on SITES_PORT, a
 * publishing worker and the admin on PORT (3000); see tools/demo/startDemo.ts.
 */
import { assumeDevelopmentMachine, readConfig } from '../config'
import { startDemo } from '../tools/demo/startDemo'

// The demo launcher is a development tool: it may fall back to the development secret.
assumeDevelopmentMachine()
await startDemo(readConfig())
