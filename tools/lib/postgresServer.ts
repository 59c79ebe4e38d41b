import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface PostgresServer {
  /** A superuser URI for creating and dropping databases. */
  uri: string
  /** Stops the server and removes its data. */
  stop(): void
  /** `pg_ctl stop -m fast`, data kept: every connection is dropped, new ones are refused. */
  halt(): void
  /** Starts the same cluster again on the same port, after halt(). */
  resume(): void
}

/** The newest Debian/Ubuntu PostgreSQL server's bin folder, if one is installed. */
export function findPostgresBin(): string | undefined {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  return versions
    .map((v) => join(root, v, 'bin'))
    .find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')))
}

function pgBin(): string {
  const bin = findPostgresBin()
  if (!bin)
    throw new Error(
      'PostgreSQL is not installed (npm test installs it; or apt-get install postgresql), or set TEST_POSTGRES_URI.',
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

/** pg_ctl on one cluster folder: the one place its start options are spelled. */
function cluster(bin: string, port: number) {
  const dir = join(tmpdir(), `union-sites-pg-${port}`)
  const data = join(dir, 'data')
  const pgCtl = (args: string[]) => run(join(bin, 'pg_ctl'), ['-D', data, ...args])
  return {
    dir,
    data,
    start: () =>
      pgCtl([
        '-l',
        join(dir, 'server.log'),
        '-w',
        '-t',
        '60',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`,
        'start',
      ]),
    stop: (mode: 'immediate' | 'fast') => pgCtl(['-m', mode, '-w', 'stop']),
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Claims a port for this process with an owner file created atomically beside the cluster
 * folder: two runs side by side (the integration suite on SQLite and on PostgreSQL, both with a
 * file that wants port 54338) get different ports instead of stopping each other's server. A
 * claim whose process is gone is taken over (its server is stopped as stale below).
 */
function claimPort(preferred: number): { port: number; release: () => void } {
  for (let port = preferred; port < preferred + 100; port++) {
    const owner = join(tmpdir(), `union-sites-pg-${port}.owner`)
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(owner, String(process.pid), { flag: 'wx' })
        return { port, release: () => rmSync(owner, { force: true }) }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        const pid = Number(readFileSync(owner, 'utf8'))
        if (pid && alive(pid)) break
        rmSync(owner, { force: true })
      }
    }
  }
  throw new Error(`No free PostgreSQL test port from ${preferred} to ${preferred + 99}`)
}

/**
 * Starts a throw-away PostgreSQL cluster on 127.0.0.1 with trust auth, for tests and benchmarks:
 * on `preferred`, or the next port that no other live process has claimed (the URI says which).
 * The data lives in the system temp folder and is removed by stop().
 */
export function startPostgresServer(preferred = 54329): PostgresServer {
  const bin = pgBin()
  const { port, release } = claimPort(preferred)
  const pg = cluster(bin, port)
  // A run that was killed may have left its server up on this port: stop it first.
  if (existsSync(join(pg.data, 'postmaster.pid'))) {
    try {
      pg.stop('immediate')
    } catch {
      // already gone
    }
  }
  rmSync(pg.dir, { recursive: true, force: true })
  mkdirSync(pg.dir, { recursive: true })
  chmodSync(pg.dir, 0o777)
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', pg.dir])
  run(join(bin, 'initdb'), [
    '-D',
    pg.data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ])
  pg.start()
  return {
    uri: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        pg.stop('immediate')
      } finally {
        rmSync(pg.dir, { recursive: true, force: true })
        release()
      }
    },
    halt: () => pg.stop('fast'),
    resume: () => pg.start(),
  }
}
