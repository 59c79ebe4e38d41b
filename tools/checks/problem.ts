/** One finding of the output checks, named by the output file it is in. */
export interface CheckProblem {
  check: 'html' | 'xml' | 'links'
  /** Path relative to the output folder, with forward slashes (`mfp.localhost/news/index.html`). */
  file: string
  message: string
  /** 1-based line in the file, when the checker knows it. */
  line?: number
}

/**
 * `[check] file:line: message`, in file order. The same message repeated in one file (a rich-text
 * pattern in every list item) is shown once with its count, so one cause reads as one line.
 */
export function formatProblems(problems: readonly CheckProblem[], limit = 200): string {
  const groups = new Map<string, { first: CheckProblem; count: number }>()
  for (const p of problems) {
    const key = `${p.check}\u0000${p.file}\u0000${p.message}`
    const group = groups.get(key)
    if (group) group.count += 1
    else groups.set(key, { first: p, count: 1 })
  }
  const sorted = [...groups.values()].sort(
    (a, b) => a.first.file.localeCompare(b.first.file) || (a.first.line ?? 0) - (b.first.line ?? 0),
  )
  const lines = sorted.slice(0, limit).map(({ first: p, count }) => {
    const times = count > 1 ? ` (×${count})` : ''
    return `  [${p.check}] ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}${times}`
  })
  if (sorted.length > limit) lines.push(`  … and ${sorted.length - limit} more`)
  return lines.join('\n')
}
