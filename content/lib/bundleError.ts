import type { z } from 'zod'

/** One problem in an import bundle, named by file and field so an author can fix it. */
export interface BundleProblem {
  file: string
  path: string
  message: string
}

export class BundleError extends Error {
  constructor(readonly problems: BundleProblem[]) {
    super(
      `The content bundle is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}${p.path ? ` → ${p.path}` : ''}: ${p.message}`).join('\n'),
    )
    this.name = 'BundleError'
  }
}

export function zodProblems(file: string, error: z.ZodError, prefix = ''): BundleProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }))
}
