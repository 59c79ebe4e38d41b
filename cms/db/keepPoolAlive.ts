import type { Payload } from 'payload'

interface Emitter {
  listenerCount(event: string): number
  on(event: 'error', listener: (error: Error) => void): unknown
}

/**
 * node-postgres emits 'error' on the pool when an idle connection loses its server (a restart,
 * a failover); with no listener, Node turns that into an uncaught exception and the worker dies.
 * The pool drops that connection by itself and opens a new one for the next query, whose
 * failure (while the server is still down) the worker's round catches and backs off from, and
 * the admin answers as an error of that one request. Called at every start (payload.config).
 */
export function keepPoolAlive(payload: Payload): void {
  const pool = (payload.db as { pool?: Emitter }).pool
  if (pool && pool.listenerCount('error') === 0) pool.on('error', () => {})
}
