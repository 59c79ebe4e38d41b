import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, rmdirSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface SmallDisk {
  dir: string
  /** Writes a file until the disk is full (the disk of a busy server filling up). */
  fill(): void
  /** Deletes that file: space returns (the administrator cleaned up). */
  free(): void
  unmount(): void
}

/**
 * A tmpfs of `megabytes` for a disk-full test, or the reason it cannot be had (mounting needs
 * root, or CAP_SYS_ADMIN in a container).
 */
export function mountSmallDisk(megabytes: number): SmallDisk | string {
  const dir = mkdtempSync(path.join(tmpdir(), 'union-sites-small-disk-'))
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], {
    encoding: 'utf8',
  })
  if (mount.status !== 0) {
    rmdirSync(dir)
    return `cannot mount a tmpfs (${(mount.stderr || mount.error?.message || '').trim()})`
  }
  const filler = path.join(dir, 'filler')
  return {
    dir,
    fill() {
      const fd = openSync(filler, 'a')
      const block = Buffer.alloc(1 << 16, 1)
      try {
        for (;;) writeSync(fd, block)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
      } finally {
        closeSync(fd)
      }
      // The last bytes too: not even a small page fits any more.
      try {
        const fd2 = openSync(filler, 'a')
        try {
          for (;;) writeSync(fd2, Buffer.alloc(512, 1))
        } finally {
          closeSync(fd2)
        }
      } catch {
        // full
      }
    },
    free: () => rmSync(filler, { force: true }),
    unmount() {
      spawnSync('umount', ['-l', dir])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
