import { execFileSync } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSearchIndex, closeSearchIndexer } from '../../publishing/search/searchIndexer'

const record = (n: number) => ({
  url: `/news/item-${n}/`,
  content: `Коллективные договоры предприятий, выпуск ${n}`,
  language: 'ru',
  meta: { title: `Новость ${n}` },
})

/** The Pagefind binaries this process started (the npm API spawns one `--service`). */
function pagefindPids(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,ppid=,args=', '-e'], { encoding: 'utf8' })
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(
      ([, ppid, ...args]) => ppid === String(process.pid) && args.join(' ').includes('--service'),
    )
    .map(([pid]) => Number(pid))
}

/**
 * Kills them as a full disk or a crash would between two hosts, and waits until they are gone.
 * (One that dies in the middle of an answer leaves the call waiting: searchIndexer.ts bounds
 * that wait with its timeout, which this test does not sit through.)
 */
async function killPagefind(): Promise<number> {
  const pids = pagefindPids()
  for (const pid of pids) process.kill(pid, 'SIGKILL')
  for (let i = 0; i < 100 && pagefindPids().some((pid) => pids.includes(pid)); i++)
    await new Promise((resolve) => setTimeout(resolve, 50))
  return pids.length
}

afterAll(() => closeSearchIndexer())

describe('the search indexer outlives its Pagefind binary', () => {
  it('builds the next index after the binary was killed (the npm API alone fails forever)', async () => {
    expect((await buildSearchIndex([record(1)])).length).toBeGreaterThan(0)
    expect(await killPagefind()).toBe(1)
    // The call that meets the dead binary may fail: its host is built again on the next try.
    await buildSearchIndex([record(2)]).catch(() => undefined)
    const files = await buildSearchIndex([record(3)])
    expect(files.map((f) => f.path)).toContain('pagefind-entry.json')
  }, 60_000)
})
