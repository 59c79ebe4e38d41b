import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'

/** An archive's lines, decompressed (for assertions and to show where two archives differ). */
export function archiveLines(file: string): string[] {
  return gunzipSync(readFileSync(file)).toString('utf8').split('\n')
}

/** The first line where two archives differ, or null when they are the same bytes. */
export function firstDifference(a: string, b: string): string | null {
  if (readFileSync(a).equals(readFileSync(b))) return null
  const [x, y] = [archiveLines(a), archiveLines(b)]
  const i = x.findIndex((line, n) => line !== y[n])
  const at = i < 0 ? x.length : i
  return `line ${at + 1}:\n- ${String(x[at]).slice(0, 400)}\n+ ${String(y[at]).slice(0, 400)}`
}
