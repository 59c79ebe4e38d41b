import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * Removes batch folders left in `workDir` by killed workers. A live worker's batch folder gets a
 * new entry for every host it renders, so one untouched for `olderThanMs` belongs to nobody.
 */
export function sweepScratch(workDir: string, olderThanMs: number, now = Date.now()): number {
  if (!existsSync(workDir)) return 0
  let removed = 0
  for (const name of readdirSync(workDir)) {
    if (!name.startsWith('batch-')) continue
    const dir = path.join(workDir, name)
    const stat = statSync(dir, { throwIfNoEntry: false })
    if (stat && now - stat.mtimeMs > olderThanMs) {
      rmSync(dir, { recursive: true, force: true })
      removed++
    }
  }
  return removed
}
