import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Payload } from 'payload'
import type { Bundle } from '../../content/lib/loadBundle'
import type { ImportReport } from './importReport'

/** The CMS id of each imported entry, by its key in the bundle. */
export type Ids = Map<string, string | number>

/** What every step of one import shares: the bundle, its namespace's keys and the report. */
export interface ImportContext {
  payload: Payload
  bundle: Bundle
  report: ImportReport
  /** The entry's import key, namespaced so that two bundles never overwrite each other. */
  keyOf: (kind: string, key: string) => string
  /** The id of an entry imported earlier; an unknown key stops the import with its name. */
  need: (ids: Ids, key: string, what: string) => string | number
}

export function importContext(payload: Payload, bundle: Bundle): ImportContext {
  const ns = bundle.manifest.namespace
  return {
    payload,
    bundle,
    report: {},
    keyOf: (kind, key) => `${ns}:${kind}:${key}`,
    need: (ids, key, what) => {
      const id = ids.get(key)
      if (id === undefined) throw new Error(`Import: unknown ${what} "${key}"`)
      return id
    },
  }
}

/** An uploaded file's content hash: a new file under the same name is written again. */
export async function fileDigest(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex')
}
