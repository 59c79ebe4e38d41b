import type { TestProject } from 'vitest/node'
import { startPostgresServer } from '../../scripts/lib/postgresServer'

/** Starts PostgreSQL once for the int suite when it runs against PostgreSQL. */
export default function setup(project: TestProject) {
  if (process.env.TEST_DB !== 'postgres' || process.env.TEST_POSTGRES_URI) {
    project.provide('postgresUri', process.env.TEST_POSTGRES_URI ?? '')
    return
  }
  const server = startPostgresServer(Number(process.env.TEST_POSTGRES_PORT ?? 54329))
  project.provide('postgresUri', server.uri)
  return () => server.stop()
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUri: string
  }
}
