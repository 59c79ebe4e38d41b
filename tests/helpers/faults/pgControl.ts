import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPostgresServer } from '../../../scripts/lib/postgresServer'

export interface ControlledPostgres {
  uri: string
  /** `pg_ctl stop -m fast`: every connection is dropped, new ones are refused. */
  stop(): void
  /** Starts the same cluster again on the same port. */
  start(): void
  close(): void
}

function pgCtl(args: string[]): void {
  const root = '/usr/lib/postgresql'
  const version = readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .find((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
  const cmd = join(root, version!, 'bin', 'pg_ctl')
  const asRoot = process.getuid?.() === 0
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]
  const result = spawnSync(file, argv, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`pg_ctl ${args.at(-1)}: ${result.stderr}`)
}

/**
 * A throw-away PostgreSQL server of its own (scripts/lib/postgresServer) that a fault test can
 * stop and start again: same data folder, port and options as startPostgresServer uses.
 */
export function controlledPostgres(port: number): ControlledPostgres {
  const server = startPostgresServer(port)
  const dir = join(tmpdir(), `union-sites-pg-${port}`)
  const data = join(dir, 'data')
  return {
    uri: server.uri,
    stop: () => pgCtl(['-D', data, '-m', 'fast', '-w', 'stop']),
    start: () =>
      pgCtl([
        '-D',
        data,
        '-l',
        join(dir, 'server.log'),
        '-w',
        '-t',
        '60',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`,
        'start',
      ]),
    close: () => server.stop(),
  }
}
