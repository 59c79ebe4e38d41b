import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'astro/config'
import { configValue } from '../config'
import { rendererAdapter } from './src/renderer/adapter'

// Wiring only. Every org's site comes out of this one build (see README.md): pages under
// <OUT_DIR>/<host>[/org/<slug>]/, shared CSS and fonts under <OUT_DIR>/_astro/.
// OUT_DIR is relative to the repository root, as for serve:sites and nginx-config.
const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const outDir = path.resolve(repoRoot, configValue('OUT_DIR'))

// The publishing renderer is the same project built for server output (src/renderer/).
const renderer = configValue('RENDERER_BUILD')

export default defineConfig({
  output: renderer ? 'server' : 'static',
  ...(renderer ? { adapter: rendererAdapter() } : {}),
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
  vite: {
    build: {
      // The sites' CSP allows no inline script but the hashed accessibility one, and Astro
      // inlines a bundled <script> under 4 kB: scripts always go to /_astro/ files (other
      // assets as Vite decides).
      assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
    },
  },
})
