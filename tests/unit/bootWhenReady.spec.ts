import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { bootWhenReady } from '../../publishing/worker/bootWhenReady'

const refused = () =>
  new Error('Error: cannot connect to Postgres: connect ECONNREFUSED 127.0.0.1:5432')
const fakePayload = {} as Payload

/** A clock that only moves when the code under test sleeps. */
function clock() {
  let t = 0
  const slept: number[] = []
  return {
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms)
      t += ms
    },
    slept,
  }
}

describe('bootWhenReady', () => {
  it('waits with growing pauses while the database refuses, then returns the instance', async () => {
    const c = clock()
    const lines: string[] = []
    let calls = 0
    const boot = async () => {
      if (++calls < 6) throw refused()
      return fakePayload
    }
    const payload = await bootWhenReady(boot, {
      maxWaitMs: 600_000,
      log: (l) => lines.push(l),
      ...c,
    })
    expect(payload).toBe(fakePayload)
    expect(c.slept).toEqual([1000, 2000, 4000, 8000, 15_000])
    expect(lines[0]).toMatch(
      /^Waiting for the database \(cannot connect to Postgres: connect ECONNREFUSED/,
    )
    expect(lines.at(-1)).toBe('Database reachable after 30 s')
    // One line when the wait began; no reminder within the first minute.
    expect(lines).toHaveLength(2)
  })

  it('gives up with the last error once the wait would pass its limit', async () => {
    const c = clock()
    const boot = async (): Promise<Payload> => {
      throw refused()
    }
    await expect(bootWhenReady(boot, { maxWaitMs: 10_000, log: () => {}, ...c })).rejects.toThrow(
      /ECONNREFUSED/,
    )
    expect(c.slept).toEqual([1000, 2000, 4000])
  })

  it('throws at once on an error that waiting cannot mend', async () => {
    const c = clock()
    const boot = async (): Promise<Payload> => {
      throw new Error('password authentication failed for user "union"')
    }
    await expect(bootWhenReady(boot, { maxWaitMs: 600_000, log: () => {}, ...c })).rejects.toThrow(
      /password authentication failed/,
    )
    expect(c.slept).toEqual([])
  })

  it('does not wait at all with a limit of 0', async () => {
    const c = clock()
    const boot = async (): Promise<Payload> => {
      throw refused()
    }
    await expect(bootWhenReady(boot, { maxWaitMs: 0, log: () => {}, ...c })).rejects.toThrow()
    expect(c.slept).toEqual([])
  })
})
