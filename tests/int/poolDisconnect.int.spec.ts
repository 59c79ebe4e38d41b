import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, testDb, type TestPayload } from '../helpers/testPayload'

interface PoolClient {
  query(sql: string, values?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>
  release(error?: Error | boolean): void
}
interface Pool {
  connect(): Promise<PoolClient>
  query(sql: string, values?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>
}

const onPostgres = testDb() === 'postgres'
let t: TestPayload

/**
 * The server ending a connection that is checked out of the pool (a transaction in flight, a
 * restart, a failover) made node-postgres emit 'error' on that client with no listener, which
 * Node turns into an uncaught exception: the publishing worker died mid-batch. The in-flight
 * query must fail as an ordinary error its caller handles, and the process must live on.
 */
describe.skipIf(!onPostgres)(
  'a PostgreSQL connection lost while in use (TEST_DB=postgres only)',
  () => {
    beforeAll(async () => {
      t = await startTestPayload()
    }, 120_000)
    afterAll(async () => {
      await t?.close()
    })

    it('fails the query in flight and leaves the process and the pool working', async () => {
      const pool = (t.payload.db as unknown as { pool: Pool }).pool
      const uncaught: unknown[] = []
      const onUncaught = (error: unknown) => uncaught.push(error)
      process.prependListener('uncaughtException', onUncaught)
      try {
        const client = await pool.connect()
        const { rows } = await client.query('SELECT pg_backend_pid() AS pid')
        const inFlight = client.query('SELECT pg_sleep(5)').then(
          () => null,
          (error: unknown) => error,
        )
        await pool.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid])
        expect(await inFlight).toBeInstanceOf(Error)
        // A caller that is still unwinding (a transaction's rollback, a retry) holds the client
        // when the socket closes a moment after the server's FATAL message.
        await new Promise((resolve) => setTimeout(resolve, 300))
        client.release(true)
        expect(uncaught.map(String)).toEqual([])
        const after = await t.payload.find({ collection: 'organizations', limit: 1, depth: 0 })
        expect(after.docs).toBeDefined()
      } finally {
        process.removeListener('uncaughtException', onUncaught)
      }
    })
  },
)
