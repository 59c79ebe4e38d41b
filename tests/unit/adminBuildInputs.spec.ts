import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { adminBuildFiles, adminSourcesHash } from '../../tools/lib/adminSourcesHash'
import { acquireProcessLock } from '../../tools/lib/processLock'

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

/** A tree with the admin's inputs and the things that must not count. */
function tree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'admin-build-inputs-'))
  roots.push(root)
  const put = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  put('cms/payload.config.ts', 'export default {}')
  put('cms/app/(payload)/layout.tsx', 'export default 1')
  put('domain/org/orgKinds.ts', 'export const kinds = []')
  put('config/paths.ts', 'export {}')
  put('package-lock.json', '{}')
  put('cms/.next/BUILD_ID', 'abc')
  put('cms/next-env.d.ts', '/// dev')
  put('content/demo/orgs.json', '[]')
  put('site/src/pages/index.astro', '---')
  return root
}

describe("the admin build's inputs (issue 19)", () => {
  it('are the CMS and what it imports, not the build, Next’s own files, the demo or the sites', () => {
    const root = tree()
    expect(adminBuildFiles(root)).toEqual([
      'cms/app/(payload)/layout.tsx',
      'cms/payload.config.ts',
      'config/paths.ts',
      'domain/org/orgKinds.ts',
      'package-lock.json',
    ])
  })

  it('hash to a new value on an edit anywhere in them, and only then', () => {
    const root = tree()
    const before = adminSourcesHash(root)
    expect(adminSourcesHash(root)).toBe(before)
    // What Next and the launchers write between two runs does not cost a build.
    writeFileSync(path.join(root, 'cms/next-env.d.ts'), '/// build')
    writeFileSync(path.join(root, 'cms/.next/BUILD_ID'), 'def')
    writeFileSync(path.join(root, 'content/demo/orgs.json'), '[1]')
    expect(adminSourcesHash(root)).toBe(before)
    writeFileSync(path.join(root, 'domain/org/orgKinds.ts'), 'export const kinds = [1]')
    const edited = adminSourcesHash(root)
    expect(edited).not.toBe(before)
    // A moved file is a change too, even with the same contents.
    rmSync(path.join(root, 'config/paths.ts'))
    writeFileSync(path.join(root, 'config/paths2.ts'), 'export {}')
    expect(adminSourcesHash(root)).not.toBe(edited)
  })
})

describe('the lock between two builders', () => {
  it('makes the second wait for the first, and takes over the lock of a dead process', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'admin-build-lock-'))
    roots.push(root)
    const file = path.join(root, 'locks', 'admin-build.lock')
    const first = await acquireProcessLock(file, { timeoutMs: 1000 })
    const waitedFor: number[] = []
    await expect(
      acquireProcessLock(file, {
        timeoutMs: 300,
        pollMs: 50,
        onWait: (pid) => waitedFor.push(pid),
      }),
    ).rejects.toThrow(`held by process ${process.pid}`)
    expect(waitedFor).toEqual([process.pid])

    // Released while the second waits: it gets the lock.
    const second = acquireProcessLock(file, { timeoutMs: 5000, pollMs: 50 })
    setTimeout(() => first.release(), 200)
    const lock = await second
    lock.release()
    expect(existsSync(file)).toBe(false)

    // A process that died holding it (a killed npm start): taken over at once.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    })
    writeFileSync(file, dead.stdout)
    const started = Date.now()
    const taken = await acquireProcessLock(file, { timeoutMs: 5000, pollMs: 50 })
    expect(Date.now() - started).toBeLessThan(1000)
    taken.release()
  })
})
