import { dirname, isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { configValue } from './index'

/** The repository root, whatever the working directory of the process (Next runs inside cms/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Runtime data (SQLite file, uploads) lives under data/ unless DATA_DIR says otherwise. */
export function dataDir(): string {
  const dir = configValue('DATA_DIR')
  return isAbsolute(dir) ? dir : resolve(PROJECT_ROOT, dir)
}

/** Uploads are served to readers under /media/ on every host: images/ and documents/ below it. */
export function uploadsDir(kind: 'media' | 'documents'): string {
  return resolve(dataDir(), 'uploads', kind === 'media' ? 'images' : 'documents')
}
