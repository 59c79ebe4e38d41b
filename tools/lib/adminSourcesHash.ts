import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../../config/paths'

/**
 * Everything the admin's production build (`next build cms`) is made of: the CMS and what it may
 * import by the project's map (.dependency-cruiser.cjs: domain, config, themes, content's code),
 * the TypeScript settings and the installed packages (the lockfile). A change anywhere here
 * means a new build; the demo content, the sites, the worker and the tests do not.
 */
export const ADMIN_BUILD_INPUTS: readonly string[] = [
  'cms',
  'domain',
  'config',
  'themes',
  'content/lib',
  'content/schema',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
]

/**
 * Written by Next itself, not by us: the build output, and next-env.d.ts, which `next dev` and
 * `next build` each rewrite with their own routes' path (it would flip the hash on every run).
 */
const GENERATED = new Set(['cms/.next', 'cms/next-env.d.ts', 'cms/tsconfig.tsbuildinfo'])

function filesUnder(root: string, relative: string, out: string[]): void {
  if (GENERATED.has(relative) || path.basename(relative) === 'node_modules') return
  const absolute = path.join(root, relative)
  let entries
  try {
    entries = readdirSync(absolute, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') out.push(relative)
    else if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    return
  }
  for (const entry of entries) {
    const child = path.posix.join(relative, entry.name)
    if (entry.isDirectory()) filesUnder(root, child, out)
    else if (entry.isFile() && !GENERATED.has(child)) out.push(child)
  }
}

/** The files that make the admin, relative to `root`, sorted (a stable order for the hash). */
export function adminBuildFiles(root: string = PROJECT_ROOT): string[] {
  const files: string[] = []
  for (const input of ADMIN_BUILD_INPUTS) filesUnder(root, input, files)
  return files.sort()
}

/**
 * SHA-256 over each file's path and contents: contents rather than times, so a checkout, a
 * `touch` or a copy of the tree does not cost a build, and a real edit always does.
 */
export function adminSourcesHash(root: string = PROJECT_ROOT): string {
  const hash = createHash('sha256')
  for (const file of adminBuildFiles(root)) {
    const contents = readFileSync(path.join(root, file))
    hash.update(`${file}\0${contents.length}\0`)
    hash.update(contents)
  }
  return hash.digest('hex')
}
