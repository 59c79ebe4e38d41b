import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  addSharedAssets,
  emptyTrash,
  liveGeneration,
  liveHosts,
  liveRelease,
  publishHost,
  unpublishHost,
  type ReleaseDirs,
} from '../../publishing/release/releases'

let root: string
let dirs: ReleaseDirs

function built(name: string, html: string): string {
  const dir = path.join(root, 'work', name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'index.html'), html)
  return dir
}

const page = (host: string) => readFileSync(path.join(dirs.live, host, 'index.html'), 'utf8')

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'union-sites-releases-'))
  dirs = { live: path.join(root, 'sites'), releases: path.join(root, 'releases') }
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('atomic releases', () => {
  it('publishes a host as a link to its release and replaces it whole', () => {
    expect(publishHost(dirs, 'mfp.localhost', built('a', 'v1'), 1)).toBe(true)
    expect(page('mfp.localhost')).toBe('v1')
    expect(publishHost(dirs, 'mfp.localhost', built('b', 'v2'), 2)).toBe(true)
    expect(page('mfp.localhost')).toBe('v2')
    expect(liveGeneration(dirs, 'mfp.localhost')).toBe(2)
    expect(liveHosts(dirs)).toEqual(['mfp.localhost'])
  })

  it('keeps the previous release for readers in flight and retires older ones to the trash', async () => {
    for (let gen = 1; gen <= 4; gen++)
      publishHost(dirs, 'h.localhost', built(`g${gen}`, `v${gen}`), gen, {
        'index.html': `k${gen}`,
      })
    const kept = readdirSync(path.join(dirs.releases, 'h.localhost')).sort()
    expect(kept.filter((n) => !n.endsWith('.keys.json')).map((n) => n.split('-')[0])).toEqual([
      '3',
      '4',
    ])
    expect(kept.filter((n) => n.endsWith('.keys.json'))).toHaveLength(2)
    expect(liveRelease(dirs, 'h.localhost')?.keys).toEqual({ 'index.html': 'k4' })
    expect(readdirSync(path.join(dirs.releases, '.trash'))).toHaveLength(2)
    await emptyTrash(dirs)
    expect(readdirSync(path.join(dirs.releases, '.trash'))).toEqual([])
    expect(page('h.localhost')).toBe('v4')
  })

  it('stops emptying the trash as soon as it is told to (new work arrived)', async () => {
    for (let gen = 1; gen <= 5; gen++) publishHost(dirs, 'h.localhost', built(`g${gen}`, 'v'), gen)
    expect(readdirSync(path.join(dirs.releases, '.trash'))).toHaveLength(3)
    let asked = 0
    await emptyTrash(dirs, () => ++asked <= 1)
    expect(readdirSync(path.join(dirs.releases, '.trash'))).toHaveLength(2)
    await emptyTrash(dirs)
    expect(readdirSync(path.join(dirs.releases, '.trash'))).toEqual([])
  })

  it('refuses to replace a newer generation with an older build', () => {
    publishHost(dirs, 'h.localhost', built('new', 'new'), 5)
    expect(publishHost(dirs, 'h.localhost', built('old', 'old'), 4)).toBe(false)
    expect(page('h.localhost')).toBe('new')
  })

  it('retires a plain folder left by a full build into the live folder', () => {
    mkdirSync(path.join(dirs.live, 'h.localhost'), { recursive: true })
    writeFileSync(path.join(dirs.live, 'h.localhost', 'index.html'), 'plain')
    publishHost(dirs, 'h.localhost', built('x', 'linked'), 1)
    expect(page('h.localhost')).toBe('linked')
  })

  it('adds shared assets without touching existing ones, and takes hosts offline', () => {
    const assets = path.join(root, 'out', '_astro')
    mkdirSync(assets, { recursive: true })
    writeFileSync(path.join(assets, 'a.css'), 'a')
    expect(addSharedAssets(assets, dirs)).toBe(1)
    expect(addSharedAssets(assets, dirs)).toBe(0)
    publishHost(dirs, 'gone.localhost', built('g', 'g'), 1)
    unpublishHost(dirs, 'gone.localhost')
    expect(liveHosts(dirs)).toEqual([])
  })
})
