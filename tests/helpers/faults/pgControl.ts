import { startPostgresServer } from '../../../tools/lib/postgresServer'

export interface ControlledPostgres {
  uri: string
  /** `pg_ctl stop -m fast`: every connection is dropped, new ones are refused. */
  stop(): void
  /** Starts the same cluster again on the same port. */
  start(): void
  close(): void
}

/**
 * A throw-away PostgreSQL server of its own (tools/lib/postgresServer) that a fault test can
 * stop and start again: the same pg_ctl options as every other test server.
 */
export function controlledPostgres(port: number): ControlledPostgres {
  const server = startPostgresServer(port)
  return {
    uri: server.uri,
    stop: () => server.halt(),
    start: () => server.resume(),
    close: () => server.stop(),
  }
}
