import type { Collection, Id, Status } from './editLog'

export type Outcome = { ok: true; id: Id } | { ok: false; status: number; message: string }

/** What an editor does to a post or page, over the Local API or REST. */
export interface ContentClient {
  create(
    collection: Collection,
    data: { title: string; organization: Id; _status: Status },
  ): Promise<Outcome>
  update(collection: Collection, id: Id, data: { title: string; _status: Status }): Promise<Outcome>
  remove(collection: Collection, id: Id): Promise<Outcome>
}

/** An error thrown by the Local API as an editor would see it: its status (500 if none) and message. */
export function failure(error: unknown): Outcome {
  const e = error as { status?: number; message?: string; cause?: { code?: string } }
  // drizzle wraps the driver's error ("Failed query: …"); its code (SQLITE_BUSY) says why.
  const cause = e.cause?.code ? `${e.cause.code}: ` : ''
  return {
    ok: false,
    status: typeof e.status === 'number' ? e.status : 500,
    message: cause + String(e.message ?? error).slice(0, 200),
  }
}
