import * as pagefind from 'pagefind'
import type { SearchRecord } from './searchRecords'

export interface SearchIndexFile {
  /** Relative to the index folder: `pagefind.js`, `fragment/ru_….pf_fragment`, … */
  path: string
  content: Uint8Array
}

/**
 * The files a browser loads for a Russian index, merged or not; Pagefind's UI bundles, its
 * playground and the language-less wasm are left out (the sites bring their own small UI).
 */
const KEPT =
  /^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.ru\.pagefind|pagefind\.ru_[\w-]+\.pf_meta|(?:index|fragment|filter)\/[\w-]+\.pf_(?:index|fragment|filter))$/

/**
 * Far longer than any host's index takes (tens of ms; a federation's own 200 items well under a
 * second): a call past it means the binary died while it was answering.
 */
const CALL_TIMEOUT_MS = 30_000

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>

/**
 * Runs `build` on a fresh Pagefind index, Russian stemming everywhere («договоров» finds
 * «договоры»). One binary serves the whole process (the npm API starts it at the first call and
 * reuses it), so an index costs its records' work, not a process. The npm API never replaces a
 * binary that died (a full disk, a crash): every later call would fail, or a call pending when it
 * died would wait forever. So any failure, or a call longer than CALL_TIMEOUT_MS, stops the
 * binary; the next index starts a new one, and the host is built again on the worker's next try.
 */
async function withIndex<T>(build: (index: PagefindIndex) => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const work = (async () => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' })
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
    try {
      return await build(index)
    } finally {
      await index.deleteIndex()
    }
  })()
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`pagefind: no answer in ${CALL_TIMEOUT_MS / 1000} s`)),
      CALL_TIMEOUT_MS,
    )
  })
  try {
    return await Promise.race([work, timeout])
  } catch (error) {
    work.catch(() => undefined)
    await pagefind.close()
    throw error
  } finally {
    clearTimeout(timer)
  }
}

async function addRecords(index: PagefindIndex, records: readonly SearchRecord[]): Promise<void> {
  for (const record of records) {
    const added = await index.addCustomRecord(record)
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`)
  }
}

/**
 * Builds one index in memory; the caller writes the files (Pagefind's own writer panics on a full
 * disk, and its npm API then never answers).
 */
export function buildSearchIndex(records: readonly SearchRecord[]): Promise<SearchIndexFile[]> {
  return withIndex(async (index) => {
    await addRecords(index, records)
    const built = await index.getFiles()
    if (built.errors.length > 0) throw new Error(`pagefind: ${built.errors.join('; ')}`)
    return built.files
      .filter((file) => KEPT.test(file.path))
      .sort((a, b) => a.path.localeCompare(b.path))
  })
}

/** Stops the Pagefind binary (it keeps a process alive otherwise); it restarts on the next call. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close()
}
