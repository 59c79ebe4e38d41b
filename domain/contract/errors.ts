import type { z } from 'zod'

type Issue = z.core.$ZodIssue

/** "feed[3].provenance.canonicalUrl" from ['feed', 3, 'provenance', 'canonicalUrl']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out === '' ? '(root)' : out
}

function describeIssue(issue: Issue): string[] {
  // An unknown key is reported on its object; name each key as a field of its own.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown field`)
  }
  return [`${formatPath(issue.path)}: ${issue.message}`]
}

/** An invalid snapshot. The message is for the CLI and the build log (English, one line per field). */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError'

  constructor(
    readonly source: string,
    readonly orgKey: string | undefined,
    readonly problems: string[],
  ) {
    const who = orgKey ? `org "${orgKey}" (${source})` : source
    const list = problems.map((p) => `  - ${p}`).join('\n')
    super(`Invalid site snapshot of ${who}: ${problems.length} problem(s)\n${list}`)
  }

  static fromIssues(source: string, orgKey: string | undefined, issues: readonly Issue[]) {
    return new SnapshotError(source, orgKey, issues.flatMap(describeIssue))
  }
}
