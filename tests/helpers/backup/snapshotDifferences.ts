import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** A snapshot's bytes without the moment it was exported (the one thing two exports may differ in). */
const timeless = (file: string) =>
  readFileSync(file, 'utf8').replace(/"generatedAt":"[^"]*"/, '"generatedAt":""')

/** Snapshot files that are missing, extra or different (byte for byte, but for generatedAt). */
export function snapshotDifferences(a: string, b: string): string[] {
  const [x, y] = [readdirSync(a).sort(), readdirSync(b).sort()]
  const problems = [
    ...x.filter((f) => !y.includes(f)).map((f) => `missing: ${f}`),
    ...y.filter((f) => !x.includes(f)).map((f) => `extra: ${f}`),
  ]
  for (const f of x.filter((f) => y.includes(f))) {
    if (timeless(path.join(a, f)) !== timeless(path.join(b, f))) problems.push(`differs: ${f}`)
  }
  return problems
}
