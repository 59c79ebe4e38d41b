import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** Every file below `dir` (following links: published hosts are links to releases), relative. */
export function treeFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const rel = path.join(prefix, name)
    if (name.startsWith('.')) return []
    return statSync(path.join(dir, rel)).isDirectory() ? treeFiles(dir, rel) : [rel]
  })
}

/** Files of `expected` that are missing from or differ in `actual` (and extra pages of `actual`). */
export function treeDifferences(expected: string, actual: string): string[] {
  const want = new Set(treeFiles(expected))
  const have = new Set(treeFiles(actual))
  const problems: string[] = []
  for (const file of want) {
    if (!have.has(file)) problems.push(`missing: ${file}`)
    else if (!readFileSync(path.join(expected, file)).equals(readFileSync(path.join(actual, file))))
      problems.push(`differs: ${file}`)
  }
  // Shared assets are only ever added to (old pages may still be cached with old hashes).
  for (const file of have)
    if (!want.has(file) && !file.startsWith('_astro')) problems.push(`extra: ${file}`)
  return problems
}
