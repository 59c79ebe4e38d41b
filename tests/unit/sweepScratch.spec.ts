import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sweepScratch } from '../../publishing/release/sweepScratch'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('sweepScratch', () => {
  it("removes only batch folders untouched for longer than the limit (a killed worker's)", () => {
    dir = mkdtempSync(path.join(tmpdir(), 'union-sites-sweep-'))
    for (const name of ['batch-old', 'batch-new', 'keep-me']) mkdirSync(path.join(dir, name))
    const hourAgo = new Date(Date.now() - 3_600_000)
    utimesSync(path.join(dir, 'batch-old'), hourAgo, hourAgo)
    utimesSync(path.join(dir, 'keep-me'), hourAgo, hourAgo)
    expect(sweepScratch(dir, 240_000)).toBe(1)
    expect(readdirSync(dir).sort()).toEqual(['batch-new', 'keep-me'])
  })

  it('does nothing when the folder does not exist yet', () => {
    dir = path.join(tmpdir(), 'union-sites-sweep-missing')
    expect(sweepScratch(dir, 1000)).toBe(0)
  })
})
