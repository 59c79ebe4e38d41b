import { readSites } from '../../site/src/data/loadSites'
import { writeSearchIndexes } from '../search/writeSearchIndexes'
import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const probe = pathToFileURL(fileURLToPath(new URL('./rssProbe.mjs', import.meta.url))).href
/** The probe learns its file from its own URL: no variable of ours to read outside config/. */
const probeFor = (file: string) => `${probe}?${new URLSearchParams({ file })}`

export interface AstroBuildOptions {
  /** Folder of *.json site snapshots. */
  snapshots: string
  /** Output folder (becomes OUT_DIR). */
  out: string
  /** Echo astro's output while it runs (it prints one line per page). */
  stream?: boolean
  /** Extra environment (the publishing renderer's server build sets RENDERER_BUILD). */
  env?: Record<string, string>
}

export interface AstroBuildResult {
  ok: boolean
  exitCode: number | null
  seconds: number
  /** Pages Astro reports as built (counted in the output folder if it does not say). */
  pages: number
  /** Peak resident memory of the astro process, when the probe could record it. */
  peakRssMb: number | undefined
  /** stdout and stderr of astro, interleaved. */
  log: string
}

/** Astro 7 needs Node ≥ 22: prefer the Node 24 that npm installs into node_modules. */
function nodeBinary(): string {
  const local = path.join(repoRoot, 'node_modules', 'node', 'bin', 'node')
  return existsSync(local) ? local : process.execPath
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length
}

function readPeakRss(file: string): number | undefined {
  if (!existsSync(file)) return undefined
  const kib = readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number)
  return kib.length > 0 ? Math.round(Math.max(...kib) / 1024) : undefined
}

/** The device of `dir`, or of its nearest existing parent (the output folder may not exist yet). */
function deviceOf(dir: string): number {
  let at = path.resolve(dir)
  while (!existsSync(at) && path.dirname(at) !== at) at = path.dirname(at)
  return statSync(at).dev
}

/** Runs `astro build --root site` over a folder of snapshots, timing it and its peak memory. */
export function runAstroBuild(options: AstroBuildOptions): Promise<AstroBuildResult> {
  const probeDir = mkdtempSync(path.join(tmpdir(), 'union-sites-rss-'))
  const rssFile = path.join(probeDir, 'rss')
  const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')
  // Astro writes its prerender chunks into <cwd>/.astro when outDir is elsewhere, and they must
  // stay inside the repository (they import from node_modules). One folder per build keeps two
  // builds at once (several workers on one machine) from overwriting each other's chunks.
  const buildsDir = path.join(repoRoot, 'site', '.astro', 'builds')
  mkdirSync(buildsDir, { recursive: true })
  const cwd = mkdtempSync(path.join(buildsDir, 'b-'))
  // Astro moves its assets from those chunks into the output with rename(), which cannot cross
  // file systems (EXDEV): an output on another one (a tmpfs, a mounted web root) is built beside
  // the chunks and copied over.
  const out = path.resolve(options.out)
  const staged = deviceOf(out) === deviceOf(cwd) ? null : path.join(cwd, 'out')
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SNAPSHOT_DIR: path.resolve(options.snapshots),
    OUT_DIR: staged ?? out,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${probeFor(rssFile)}`.trim(),
    ...options.env,
  }
  const started = performance.now()
  const child = spawn(nodeBinary(), [astro, 'build', '--root', path.join(repoRoot, 'site')], {
    cwd,
    env,
  })
  const chunks: string[] = []
  const collect = (data: Buffer) => {
    chunks.push(data.toString())
    if (options.stream) process.stdout.write(data)
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (exitCode) => {
      void finish(exitCode).then(resolve, reject)
    })
    const finish = async (exitCode: number | null): Promise<AstroBuildResult> => {
      const log = chunks.join('')
      const reported = /(\d+) page\(s\) built/.exec(log)?.[1]
      const peakRssMb = readPeakRss(rssFile)
      if (staged && exitCode === 0) {
        // As Astro does with its output folder: emptied, then the build.
        rmSync(out, { recursive: true, force: true })
        cpSync(staged, out, { recursive: true })
      }
      rmSync(probeDir, { recursive: true, force: true })
      rmSync(cwd, { recursive: true, force: true })
      // Astro renders pages; the search indexes of the hosts are one more step over the same sites.
      if (exitCode === 0)
        await writeSearchIndexes(await readSites(path.resolve(options.snapshots)), out)
      const seconds = (performance.now() - started) / 1000
      return {
        ok: exitCode === 0,
        exitCode,
        seconds,
        pages: reported ? Number(reported) : countHtml(options.out),
        peakRssMb,
        log,
      }
    }
  })
}
