import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { runAstroBuild } from '../../../publishing/render/astroBuild'

const SNAPSHOTS = fileURLToPath(new URL('../../fixtures/snapshots/', import.meta.url))

/** A 1×1 PNG; the other binaries are arbitrary bytes (every value 0–255), served as they are. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const allBytes = (repeat: number) =>
  Buffer.concat(Array.from({ length: repeat }, () => Buffer.from([...Array(256).keys()])))

/** Uploads under `/media/`, as the CMS lays them out: images/ and documents/. */
export const MEDIA_FILES: Record<string, Buffer> = {
  'images/fnpr.png': PNG,
  'images/cover-480.jpg': allBytes(8),
  'images/cover-960.webp': allBytes(4),
  'images/cover-1600.avif': allBytes(2),
  'documents/ustav-fnpr.pdf': Buffer.concat([Buffer.from('%PDF-1.7\n'), allBytes(3)]),
  'documents/dogovor.docx': Buffer.concat([Buffer.from('PK\x03\x04'), allBytes(2)]),
}

const SCRIPT = '<script>document.title="pwned";window.__pwned=1</script>'

/**
 * What an attacker with an editor's login could have left in the uploads folder (before the CMS
 * fixed stored names): a valid PNG named .html with a script after it, a PNG carrying a script,
 * an SVG with one, and text. Only the PNG is an allowed type; it must come back as an image.
 */
export const PLANTED_FILES: Record<string, Buffer> = {
  'x.html': Buffer.concat([PNG, Buffer.from(SCRIPT)]),
  'documents/x.htm': Buffer.from(`<!DOCTYPE html>${SCRIPT}`),
  'images/evil.png': Buffer.concat([PNG, Buffer.from(SCRIPT)]),
  'images/evil.svg': Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg">${SCRIPT}</svg>`),
  'documents/spisok.txt': Buffer.from('Список документов профсоюзной организации.\n'.repeat(20)),
}

/** Old slugs of fixture items (a post renamed after publishing), on a host and in a section. */
export const FIXTURE_REDIRECTS: Record<string, { from: string; to: string }[]> = {
  'ugleprof.json': [{ from: '/news/staryy-adres/', to: '/news/indeksatsiya-2026/' }],
  'ppo-severny.json': [{ from: '/news/itogi/', to: '/news/itogi-i-plany/' }],
}

export interface FixtureSites {
  root: string
  outDir: string
  mediaDir: string
  /** Names of files in `_astro/` by extension (css, woff2, svg). */
  assets: Record<string, string>
}

/**
 * One real astro build of the fixture snapshots into a temp folder, the uploads above, and a
 * precompressed `.gz` and `.br` copy of the stylesheet, as a deploy step would leave them.
 */
export async function buildFixtureSites(): Promise<FixtureSites> {
  const root = mkdtempSync(path.join(tmpdir(), 'union-sites-serve-'))
  const outDir = path.join(root, 'sites')
  const mediaDir = path.join(root, 'media')
  const snapshots = path.join(root, 'snapshots')
  cpSync(SNAPSHOTS, snapshots, { recursive: true })
  for (const [file, redirects] of Object.entries(FIXTURE_REDIRECTS)) {
    const json = JSON.parse(readFileSync(path.join(snapshots, file), 'utf8'))
    writeFileSync(path.join(snapshots, file), JSON.stringify({ ...json, redirects }))
  }
  const build = await runAstroBuild({ snapshots, out: outDir })
  if (!build.ok) throw new Error(`astro build failed:\n${build.log.slice(-3000)}`)
  for (const [name, bytes] of Object.entries({ ...MEDIA_FILES, ...PLANTED_FILES })) {
    mkdirSync(path.dirname(path.join(mediaDir, name)), { recursive: true })
    writeFileSync(path.join(mediaDir, name), bytes)
  }
  const names = readdirSync(path.join(outDir, '_astro'))
  const assets: Record<string, string> = {}
  for (const ext of ['css', 'woff2', 'svg']) {
    const name = names.find((n) => n.endsWith(`.${ext}`))
    if (!name) throw new Error(`the build has no .${ext} in _astro/`)
    assets[ext] = name
  }
  const css = path.join(outDir, '_astro', assets.css!)
  writeFileSync(`${css}.gz`, gzipSync(readFileSync(css), { level: 9 }))
  writeFileSync(`${css}.br`, brotliCompressSync(readFileSync(css)))
  return { root, outDir, mediaDir, assets }
}
