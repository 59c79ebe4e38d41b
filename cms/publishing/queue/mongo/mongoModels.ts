import type { Payload } from 'payload'

/* eslint-disable @typescript-eslint/no-explicit-any -- mongoose models of Payload's adapter */
export type Model = any

/** The two queue collections' mongoose models and the connection (for sessions), from Payload's adapter. */
export interface MongoModels {
  builds: Model
  changes: Model
  connection: Model
}

export function mongoModels(payload: Payload): MongoModels {
  const adapter = payload.db as unknown as {
    collections: Record<string, Model>
    connection: Model
  }
  return {
    builds: adapter.collections['site-builds'],
    changes: adapter.collections['publish-changes'],
    connection: adapter.connection,
  }
}
