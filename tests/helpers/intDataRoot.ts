import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

/**
 * One folder for the data folders of a run's Payload instances, removed when the run ends: the
 * shared instance of the int project is never closed by a file, and a file that fails before its
 * afterAll would leave its folder behind.
 */
export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'union-sites-int-'))
  project.provide('intDataRoot', root)
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 5 })
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where tests/helpers/testPayload.ts makes each instance's data folder. */
    intDataRoot: string
  }
}
