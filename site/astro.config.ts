import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'astro/config'
import { DEFAULT_OUT_DIR, ENV } from './src/consts'

// Wiring only. Every org's site comes out of this one build (see README.md): pages under
// <OUT_DIR>/<host>[/org/<slug>]/, shared CSS and fonts under <OUT_DIR>/_astro/.
const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const outDir = path.resolve(
  process.cwd(),
  process.env[ENV.outDir] ?? path.join(repoRoot, DEFAULT_OUT_DIR),
)

export default defineConfig({
  output: 'static',
  outDir,
  trailingSlash: 'always',
  compressHTML: true,
  // Two routes writing one URL (a page slug equal to a section name) must fail, not overwrite.
  prerenderConflictBehavior: 'error',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
})
