import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FileWriter } from '../../publishing/release/files/fileWriter'
import { liveGeneration, liveRelease, type ReleaseDirs } from '../../publishing/release/releases'

let root: string
let dirs: ReleaseDirs
const files = new FileWriter(2)
const bytes = (text: string) => new Uint8Array(Buffer.from(text))

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'union-sites-files-'))
  dirs = { live: path.join(root, 'sites'), releases: path.join(root, 'releases') }
})
afterEach(() => rmSync(root, { recursive: true, force: true }))
afterAll(() => files.close())

describe('file threads', () => {
  it('write a host folder: rendered files in nested folders and hard links to older files', async () => {
    const old = path.join(root, 'old.html')
    writeFileSync(old, 'unchanged')
    const body = new Uint8Array(await new Blob(['<p>новое</p>']).arrayBuffer())
    const dir = path.join(root, 'work', 'h.localhost')
    const unlinked = await files.write(dir, [
      { file: 'index.html', body },
      { file: 'news/a/index.html', body: bytes('статья') },
      { file: 'news/b/index.html', from: old },
      { file: 'contacts/index.html', from: path.join(root, 'gone.html') },
    ])
    // The source of the last link is gone: the caller renders it instead.
    expect(unlinked).toEqual(['contacts/index.html'])
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe('<p>новое</p>')
    expect(readFileSync(path.join(dir, 'news/a/index.html'), 'utf8')).toBe('статья')
    expect(statSync(path.join(dir, 'news/b/index.html')).ino).toBe(statSync(old).ino)
    expect(existsSync(path.join(dir, 'contacts/index.html'))).toBe(false)
  })

  it('swap a built folder in as the live release, refusing an older generation', async () => {
    const built = (name: string) => {
      const dir = path.join(root, 'work', name)
      mkdirSync(dir, { recursive: true })
      writeFileSync(path.join(dir, 'index.html'), name)
      return dir
    }
    expect(await files.publish(dirs, 'h.localhost', built('g2'), 2, { 'index.html': 'k2' })).toBe(
      true,
    )
    expect(await files.publish(dirs, 'h.localhost', built('g1'), 1)).toBe(false)
    expect(liveGeneration(dirs, 'h.localhost')).toBe(2)
    expect(liveRelease(dirs, 'h.localhost')?.keys).toEqual({ 'index.html': 'k2' })
    expect(readFileSync(path.join(dirs.live, 'h.localhost', 'index.html'), 'utf8')).toBe('g2')
  })

  it('pass a failed call back as an error with its code, and go on working', async () => {
    writeFileSync(path.join(root, 'file'), 'not a folder')
    await expect(
      files.write(path.join(root, 'file', 'h'), [{ file: 'x.html', body: bytes('x') }]),
    ).rejects.toMatchObject({ code: 'ENOTDIR' })
    await files.remove(path.join(root, 'file'))
    expect(existsSync(path.join(root, 'file'))).toBe(false)
  })

  it('refuse work once their threads are gone, instead of leaving it unanswered', async () => {
    const closed = new FileWriter(1)
    await closed.close()
    await expect(closed.remove(path.join(root, 'x'))).rejects.toThrow(/closed/)
  })
})
