import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../../config/paths'
import { ENV } from '../../site/src/consts'
import { runAstroBuild } from './astroBuild'

/**
 * What the rendered bytes depend on besides the data: the site's code, themes, the domain/ and
 * config/ modules it imports, versions.
 */
const INPUTS = [
  'site/src',
  'site/astro.config.ts',
  'themes',
  'domain',
  'config',
  'package-lock.json',
]
const RENDERERS = path.join(PROJECT_ROOT, 'site', '.astro', 'renderer')

function inputFiles(): string[] {
  return INPUTS.flatMap((input) => {
    const full = path.join(PROJECT_ROOT, input)
    if (!existsSync(full)) return []
    if (!statSync(full).isDirectory()) return [full]
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
  }).sort()
}

/** Id of the renderer for the code as it is now: a hash of every input file's path and bytes. */
export function rendererId(): string {
  const hash = createHash('sha1')
  for (const file of inputFiles()) {
    hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

export interface RendererBuild {
  id: string
  /** The built server entry to import. */
  entry: string
  /** Hashed CSS, fonts and images the pages link to. */
  assets: string
  /** Seconds spent building (0 when an earlier build of the same code was reused). */
  seconds: number
}

/**
 * Builds the site for server output once per version of its code, inside the repository (the
 * bundle imports from node_modules). Workers starting at once each build into their own folder
 * and the first rename wins, so nobody ever imports a half-written bundle.
 */
export async function ensureRendererBuild(): Promise<RendererBuild> {
  const id = rendererId()
  const dir = path.join(RENDERERS, id)
  const result = (seconds: number): RendererBuild => ({
    id,
    entry: path.join(dir, 'server', 'entry.mjs'),
    assets: path.join(dir, 'client', '_astro'),
    seconds,
  })
  if (existsSync(path.join(dir, 'server', 'entry.mjs'))) return result(0)
  mkdirSync(RENDERERS, { recursive: true })
  const tmp = path.join(RENDERERS, `.${id}-${process.pid}-${Date.now().toString(36)}`)
  // The server build never reads snapshots; SNAPSHOT_DIR only has to name a folder.
  const build = await runAstroBuild({
    snapshots: RENDERERS,
    out: tmp,
    env: { [ENV.rendererBuild]: '1' },
  })
  if (!build.ok) {
    rmSync(tmp, { recursive: true, force: true })
    throw new Error(`renderer build failed (exit ${build.exitCode}):\n${build.log.slice(-2000)}`)
  }
  try {
    renameSync(tmp, dir)
  } catch {
    rmSync(tmp, { recursive: true, force: true }) // another worker's identical build won
  }
  return result(build.seconds)
}
