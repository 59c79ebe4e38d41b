import { appendFileSync, existsSync, readFileSync } from 'node:fs'

export type Collection = 'posts' | 'pages'
export type Status = 'published' | 'draft'
export type Id = number | string

/** One write an editor was told succeeded (2xx, or the Local API returned). */
export interface AckedWrite {
  type: 'ack'
  editor: string
  op: 'create' | 'edit' | 'publish' | 'unpublish' | 'delete'
  collection: Collection
  id: Id
  /** What the document must hold afterwards; absent for a delete. */
  title?: string
  status?: Status
  ms: number
  /** When it was acknowledged (ms since epoch): orders creates of a reused id (see below). */
  at: number
}

/** A write that answered an error: it must have left nothing behind. */
export interface FailedWrite {
  type: 'error'
  editor: string
  op: AckedWrite['op']
  collection: Collection
  id?: Id
  /** The title the write tried to save (a failed create or edit must not leave it anywhere). */
  title?: string
  status: number
  message: string
}

export type LogLine = AckedWrite | FailedWrite | { type: 'ready' | 'done'; editor: string }

/** Editors in other processes append to a file, one JSON line per write, as they go. */
export const appendLine = (file: string, line: LogLine) =>
  appendFileSync(file, `${JSON.stringify(line)}\n`)

export const readLines = (file: string): LogLine[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as LogLine)
    : []

/**
 * The state each document must be in: the last acknowledged write of its editor, counted from
 * its latest creation. SQLite reuses the id of a deleted row when it held the largest id, so one
 * id can name several documents in turn, created by different editors (whose logs are read one
 * after the other). Creations of one id are ordered: the next can only commit after the document
 * before it was deleted by its own editor, which acknowledged its creation earlier still.
 */
export function expectedDocuments(acks: readonly AckedWrite[]): Map<string, AckedWrite> {
  const byKey = new Map<string, AckedWrite[]>()
  for (const ack of acks) {
    const key = `${ack.collection}/${ack.id}`
    byKey.set(key, [...(byKey.get(key) ?? []), ack])
  }
  const last = new Map<string, AckedWrite>()
  for (const [key, writes] of byKey) {
    const latest = writes
      .filter((w) => w.op === 'create')
      .reduce<AckedWrite | undefined>((a, b) => (a === undefined || b.at > a.at ? b : a), undefined)
    // Its editor's writes from that creation on, in the order that editor made them.
    const own = latest ? writes.filter((w) => w.editor === latest.editor) : writes
    const since = latest ? own.slice(own.indexOf(latest)) : own
    last.set(key, since.at(-1)!)
  }
  return last
}
