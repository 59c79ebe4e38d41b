import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'

/**
 * Deletes a run's folder: up to a million files at 10,000 sites. `rm -rf` does it several times
 * faster than Node's recursive rmSync (minutes on a busy machine); rmSync is the fallback.
 */
export function removeTree(dir: string): void {
  const result = spawnSync('rm', ['-rf', '--', dir], { stdio: 'ignore' })
  if (result.status !== 0) rmSync(dir, { recursive: true, force: true })
}
