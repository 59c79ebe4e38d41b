/**
 * The boundary check of `npm test`: dependency-cruiser with the project's rules
 * (.dependency-cruiser.cjs) over every source folder. dependency-cruiser cannot read `.astro`
 * files (it lists them without their imports), so the check runs on a staged copy of the tree in
 * which each `X.astro` is replaced by `X.astro.ts` holding its frontmatter and its bundled
 * `<script>` blocks — the only places an Astro component imports from. Imports of `./X.astro`
 * then resolve to the staged file, and every violation is reported under the real file name.
 */
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Every folder with source code; the rules say which may import which. */
export const CHECKED_FOLDERS = [
  'domain',
  'config',
  'themes',
  'content',
  'site',
  'cms',
  'publishing',
  'serving',
  'scripts',
  'tools',
  'tests',
] as const

const SKIPPED = new Set(['node_modules', '.next', '.astro', 'dist', 'test-results'])

export interface BoundaryViolation {
  rule: string
  from: string
  to: string
}

export interface BoundaryReport {
  violations: BoundaryViolation[]
  modules: number
  dependencies: number
}

/**
 * Runs the check on the tree at `root`. `plant` writes extra files (relative path → text) into
 * the staged copy before the run: the test plants wrong imports with it.
 */
export function checkBoundaries(root: string, plant: Record<string, string> = {}): BoundaryReport {
  const stage = mkdtempSync(path.join(tmpdir(), 'union-sites-boundaries-'))
  try {
    for (const folder of CHECKED_FOLDERS)
      cpSync(path.join(root, folder), path.join(stage, folder), {
        recursive: true,
        filter: (source) => !SKIPPED.has(path.basename(source)),
      })
    for (const file of ['tsconfig.json', 'package.json', '.dependency-cruiser.cjs'])
      cpSync(path.join(root, file), path.join(stage, file))
    symlinkSync(path.join(root, 'node_modules'), path.join(stage, 'node_modules'), 'dir')
    for (const [file, text] of Object.entries(plant)) {
      mkdirSync(path.dirname(path.join(stage, file)), { recursive: true })
      writeFileSync(path.join(stage, file), text)
    }
    for (const file of walk(stage, '.astro')) {
      writeFileSync(`${file}.ts`, astroImports(readFileSync(file, 'utf8')))
      rmSync(file)
    }
    return cruise(root, stage)
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}

/** The module part of an Astro component: its frontmatter and its non-inline scripts. */
export function astroImports(source: string): string {
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? ''
  const scripts = [...source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\bis:inline\b|\bsrc=/.test(attributes ?? ''))
    .map(([, , body]) => body)
  return [frontmatter, ...scripts].join('\n;\n')
}

function cruise(root: string, stage: string): BoundaryReport {
  const bin = path.join(root, 'node_modules', '.bin', 'depcruise')
  const result = spawnSync(
    bin,
    ['--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...CHECKED_FOLDERS],
    { cwd: stage, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  )
  if (result.error) throw result.error
  let output: DepcruiseJson
  try {
    output = JSON.parse(result.stdout) as DepcruiseJson
  } catch {
    throw new Error(`dependency-cruiser failed (exit ${result.status}):\n${result.stderr}`)
  }
  const real = (file: string) => file.replace(/\.astro\.ts$/, '.astro')
  return {
    violations: output.summary.violations.map((v) => ({
      rule: v.rule.name,
      from: real(v.from),
      to: v.cycle ? v.cycle.map((step) => real(step.name)).join(' → ') : real(v.to),
    })),
    modules: output.summary.totalCruised,
    dependencies: output.summary.totalDependenciesCruised,
  }
}

interface DepcruiseJson {
  summary: {
    violations: Array<{
      rule: { name: string }
      from: string
      to: string
      cycle?: Array<{ name: string }>
    }>
    totalCruised: number
    totalDependenciesCruised: number
  }
}

function walk(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isSymbolicLink()) return []
    if (entry.isDirectory()) return walk(full, extension)
    return entry.name.endsWith(extension) ? [full] : []
  })
}
