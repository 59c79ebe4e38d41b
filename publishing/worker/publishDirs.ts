import { resolve } from 'node:path'
import { configValue } from '../../config/index'
import { PROJECT_ROOT } from '../../config/paths'
import type { ReleaseDirs } from '../release/releases'

/**
 * Where published sites live. `SITES_DIR` is what the web server serves (`<host>` links and the
 * shared `_astro/`); releases and batches sit beside it on the same file system, because a
 * finished build is renamed into place, never copied.
 */
export function publishDirs(): ReleaseDirs & { work: string } {
  const live = resolve(PROJECT_ROOT, configValue('SITES_DIR'))
  return {
    live,
    releases: resolve(live, '..', 'releases'),
    work: resolve(live, '..', 'work'),
  }
}
