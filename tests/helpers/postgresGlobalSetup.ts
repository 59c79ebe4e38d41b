import type { TestProject } from 'vitest/node'
import { readDeveloperConfig } from '../../config'
import { startPostgresServer } from '../../tools/lib/postgresServer'

/**
 * Starts PostgreSQL once for the int suite when it runs against PostgreSQL: on
 * TEST_POSTGRES_PORT, or the next port no other live run has claimed (startPostgresServer).
 */
export default function setup(project: TestProject) {
  const { TEST_DB, TEST_POSTGRES_URI, TEST_POSTGRES_PORT } = readDeveloperConfig()
  if (TEST_DB !== 'postgres' || TEST_POSTGRES_URI) {
    project.provide('postgresUri', TEST_POSTGRES_URI ?? '')
    return
  }
  const server = startPostgresServer(TEST_POSTGRES_PORT)
  project.provide('postgresUri', server.uri)
  return () => server.stop()
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUri: string
    /** The int project's files share one process and one booted Payload (tests/helpers/testPayload.ts). */
    sharedPayload: boolean
  }
}
