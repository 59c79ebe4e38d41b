import type { FullConfig } from '@playwright/test'
import { serveDemoSites } from '../../tools/demo/servedDemo'
import { handOverDemo } from './helpers/demo'

/**
 * Seeds the demo federation into a fresh temporary SQLite database, exports the snapshots,
 * builds every site and serves them on a free port for all the e2e workers, which read the
 * port and folders from the file handOverDemo writes (Playwright starts them after this returns).
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const started = performance.now()
  const served = await serveDemoSites((line) => console.log(`  ${line}`))
  const forget = handOverDemo({
    port: served.server.port,
    outDir: served.demo.outDir,
    mediaDir: served.demo.mediaDir,
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `Demo sites: ${served.demo.pages} pages on ${served.server.url} (ready in ${seconds} s)`,
  )
  return async () => {
    forget()
    await served.close()
  }
}
