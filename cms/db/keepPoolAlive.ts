type ErrorListener = (error: Error) => void

interface Client {
  listenerCount(event: string): number
  on(event: 'error', listener: ErrorListener): unknown
}

interface Pool extends Client {
  on(event: 'error', listener: ErrorListener): unknown
  on(event: 'connect', listener: (client: Client) => void): unknown
  _clients?: Client[]
}

const ignore: ErrorListener = () => {}
const kept = new WeakSet<Pool>()

/** A client keeps this listener for life: the pool adds and removes only its own. */
function listen(client: Client): void {
  client.on('error', ignore)
}

/**
 * node-postgres emits 'error' when the server ends a connection (a restart, a failover); with
 * no listener, Node turns that into an uncaught exception and the process dies. The pool
 * listens on idle clients and re-emits on itself, which needs a listener on the pool; a client
 * that is checked out (a transaction unwinding, a query's caller still holding it) has none
 * of the pool's, which needs one on every client. The query in flight fails as an ordinary
 * error its caller handles (the worker's round backs off, the admin answers that one request
 * with an error), and the pool replaces the dead connection. Called after every connect
 * (postgresOnConnect) and again by the worker; the second call does nothing.
 */
export function keepPoolAlive(db: unknown): void {
  const pool = (db as { pool?: Pool }).pool
  if (!pool || kept.has(pool)) return
  kept.add(pool)
  pool.on('error', ignore)
  pool.on('connect', listen)
  for (const client of pool._clients ?? []) listen(client)
}
