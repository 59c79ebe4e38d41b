import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BatchBuild, BuildContext } from '../../../publishing/render/buildStep'

/**
 * A build step for queue tests: writes a one-page site per host (so the real atomic release
 * code runs) in a few milliseconds instead of Astro's seconds.
 */
export function tinyBuild(onBuild: (host: string) => void, delayMs = 20) {
  return async (
    _payload: unknown,
    hosts: readonly string[],
    { workDir }: BuildContext,
  ): Promise<BatchBuild> => {
    mkdirSync(workDir, { recursive: true })
    const scratch = mkdtempSync(path.join(workDir, 'batch-'))
    const outDir = path.join(scratch, 'out')
    for (const host of hosts) {
      onBuild(host)
      mkdirSync(path.join(outDir, host), { recursive: true })
      writeFileSync(path.join(outDir, host, 'index.html'), `<!doctype html><title>${host}</title>`)
    }
    await new Promise((r) => setTimeout(r, delayMs))
    return {
      scratch,
      seconds: delayMs / 1000,
      pages: hosts.length,
      results: hosts.map((host) => ({
        host,
        status: 'built',
        dir: path.join(outDir, host),
        pages: 1,
      })),
    }
  }
}
