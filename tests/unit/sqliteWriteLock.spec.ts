import { describe, expect, it } from 'vitest'
import { DATABASE_BUSY_MESSAGE, DatabaseBusyError } from '../../cms/db/sqlite/databaseBusy'
import { WriteLock } from '../../cms/db/sqlite/writeLock'

describe("a process's turn at SQLite's write lock", () => {
  it('hands the turn over first come, first served', async () => {
    const lock = new WriteLock()
    const order: number[] = []
    const first = await lock.acquire(1000)
    const waiting = [1, 2, 3].map((n) =>
      lock.acquire(1000).then((release) => {
        order.push(n)
        release()
      }),
    )
    first()
    await Promise.all(waiting)
    expect(order).toEqual([1, 2, 3])
  })

  it('gives up after the timeout with a 503 in Russian, and the queue goes on', async () => {
    const lock = new WriteLock()
    const held = await lock.acquire(1000)
    const refused = await lock.acquire(20).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(DatabaseBusyError)
    expect(refused).toMatchObject({ status: 503, message: DATABASE_BUSY_MESSAGE })
    const next = lock.acquire(1000)
    held()
    ;(await next)()
  })
})
