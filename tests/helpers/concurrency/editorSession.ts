import { rng } from '../random'
import type { ContentClient } from './contentClient'
import type { AckedWrite, Collection, FailedWrite, Id, LogLine, Status } from './editLog'

export interface SessionOptions {
  editor: string
  /** Organizations this editor may write for. */
  orgs: readonly Id[]
  collections: readonly Collection[]
  seed: number
  /** The session stops at this time (ms since epoch) or after `maxWrites`, whichever is first. */
  until: number
  maxWrites: number
  record: (line: LogLine) => void
}

interface Owned {
  collection: Collection
  id: Id
  status: Status
}

/**
 * An editor creating, retitling, publishing, unpublishing and deleting their own posts and pages
 * one after another, as fast as the server answers. Every outcome is recorded: the acknowledged
 * ones must be in the database afterwards, the failed ones must have left nothing behind. Each
 * editor touches only their own documents, so the last acknowledged write of a document is its
 * expected state.
 */
export async function runEditorSession(client: ContentClient, o: SessionOptions): Promise<void> {
  const r = rng(o.seed)
  const owned: Owned[] = []
  for (let n = 1; n <= o.maxWrites && Date.now() < o.until; n++) {
    const title = `Правка ${o.editor} №${n}`
    const roll = r.next()
    const started = performance.now()
    const ack = (w: Omit<AckedWrite, 'type' | 'editor' | 'ms' | 'at'>) =>
      o.record({
        type: 'ack',
        editor: o.editor,
        ms: Math.round(performance.now() - started),
        at: Date.now(),
        ...w,
      })
    const fail = (w: Omit<FailedWrite, 'type' | 'editor'>) =>
      o.record({ type: 'error', editor: o.editor, ...w })

    if (owned.length < 2 || roll < 0.35) {
      const collection = r.pick(o.collections)
      const status: Status = r.chance(0.7) ? 'published' : 'draft'
      const data = { title, organization: r.pick(o.orgs), _status: status }
      const out = await client.create(collection, data)
      if (out.ok) {
        owned.push({ collection, id: out.id, status })
        ack({ op: 'create', collection, id: out.id, title, status })
      } else fail({ op: 'create', collection, title, status: out.status, message: out.message })
      continue
    }
    const doc = r.pick(owned)
    if (roll < 0.85) {
      // Retitle, or publish / unpublish with a new title (each write leaves a unique title).
      const toggle = roll >= 0.65
      const status: Status = toggle
        ? doc.status === 'published'
          ? 'draft'
          : 'published'
        : doc.status
      const op = !toggle ? 'edit' : status === 'published' ? 'publish' : 'unpublish'
      const out = await client.update(doc.collection, doc.id, { title, _status: status })
      if (out.ok) {
        doc.status = status
        ack({ op, collection: doc.collection, id: doc.id, title, status })
      } else
        fail({
          op,
          collection: doc.collection,
          id: doc.id,
          title,
          status: out.status,
          message: out.message,
        })
      continue
    }
    const out = await client.remove(doc.collection, doc.id)
    if (out.ok) {
      owned.splice(owned.indexOf(doc), 1)
      ack({ op: 'delete', collection: doc.collection, id: doc.id })
    } else
      fail({
        op: 'delete',
        collection: doc.collection,
        id: doc.id,
        status: out.status,
        message: out.message,
      })
  }
}
