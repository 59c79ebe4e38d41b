/**
 * The demo federation as built sites in a temporary folder, from a FRESH database: seed and
 * export in a child process (its own DATA_DIR and SQLite file, so the developer's data/ is never
 * touched), then one astro build. Shared by the e2e suite and `npm run lighthouse`.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runAstroBuild } from '../../publishing/render/astroBuild'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

export interface DemoSites {
  /** Temporary folder holding everything below; `remove()` deletes it. */
  root: string
  snapshotsDir: string
  /** The build output: `<outDir>/<host>/…`, `<outDir>/_astro/`. */
  outDir: string
  /** The CMS uploads, served as `/media/`. */
  mediaDir: string
  pages: number
  seconds: { seedAndExport: number; build: number }
  remove(): void
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const output: string[] = []
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      const log = output.join('')
      if (code === 0) resolve(log)
      else
        reject(
          new Error(
            `${path.basename(args[0] ?? command)} failed (exit ${code}):\n${log.slice(-4000)}`,
          ),
        )
    })
  })
}

/** Where the demo's parts go inside its folder. */
export function demoPaths(root: string) {
  const dataDir = path.join(root, 'data')
  return {
    dataDir,
    snapshotsDir: path.join(root, 'snapshots'),
    outDir: path.join(root, 'sites'),
    mediaDir: path.join(dataDir, 'uploads'),
  }
}

export interface DemoOptions {
  /** An empty folder to build in (default: a new temporary one); removed by `remove()`. */
  root?: string
  /**
   * Origin of every site in its links and canonical URLs (`http://{host}:<port>`): the export
   * writes port 4321 by default, so a server on another port passes its own.
   */
  originTemplate?: string
  log?: (line: string) => void
}

export async function buildDemoSites(options: DemoOptions = {}): Promise<DemoSites> {
  const log = options.log ?? (() => {})
  const root = options.root ?? mkdtempSync(path.join(tmpdir(), 'union-sites-demo-'))
  const remove = () => rmSync(root, { recursive: true, force: true })
  const { dataDir, snapshotsDir, outDir, mediaDir } = demoPaths(root)
  mkdirSync(dataDir, { recursive: true })
  try {
    let started = performance.now()
    const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx')
    const seedLog = await run(
      tsx,
      [path.join(repoRoot, 'tools/demo/seed-and-export.ts'), '--out', snapshotsDir],
      {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URI: `file:${path.join(dataDir, 'union-sites.db')}`,
        JOBS_AUTORUN: '0',
        UNION_SITES_DEV: '1',
        ...(options.originTemplate ? { SITES_ORIGIN_TEMPLATE: options.originTemplate } : {}),
      },
    )
    const seedAndExport = (performance.now() - started) / 1000
    log(seedLog.trim().split('\n').at(-1) ?? '')
    started = performance.now()
    const build = await runAstroBuild({ snapshots: snapshotsDir, out: outDir })
    if (!build.ok) throw new Error(`The demo sites did not build:\n${build.log.slice(-4000)}`)
    log(`Built ${build.pages} pages in ${build.seconds.toFixed(1)} s`)
    return {
      root,
      snapshotsDir,
      outDir,
      mediaDir,
      pages: build.pages,
      seconds: { seedAndExport, build: (performance.now() - started) / 1000 },
      remove,
    }
  } catch (error) {
    remove()
    throw error
  }
}
