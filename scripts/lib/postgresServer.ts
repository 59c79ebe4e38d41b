import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface PostgresServer {
  /** A superuser URI for creating and dropping databases. */
  uri: string
  stop(): void
}

function pgBin(): string {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  const bin = versions
    .map((v) => join(root, v, 'bin'))
    .find((dir) => existsSync(join(dir, 'initdb')))
  if (!bin)
    throw new Error(
      'PostgreSQL is not installed (apt-get install postgresql), or set TEST_POSTGRES_URI.',
    )
  return bin
}

/** initdb refuses to run as root, so as root the server runs as the postgres system user. */
function run(cmd: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]
  const result = spawnSync(file, argv, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`)
}

/**
 * Starts a throw-away PostgreSQL cluster on 127.0.0.1:<port> with trust auth, for tests and
 * benchmarks. The data lives in the system temp folder and is removed by stop().
 */
export function startPostgresServer(port = 54329): PostgresServer {
  const bin = pgBin()
  const dir = join(tmpdir(), `union-sites-pg-${port}`)
  const data = join(dir, 'data')
  // A run that was killed may have left its server up on this port: stop it first.
  if (existsSync(join(data, 'postmaster.pid'))) {
    try {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])
    } catch {
      // already gone
    }
  }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  chmodSync(dir, 0o777)
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir])
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ])
  run(join(bin, 'pg_ctl'), [
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
  ])
  return {
    uri: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
