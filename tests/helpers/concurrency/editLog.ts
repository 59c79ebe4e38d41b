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

/** The state each document must be in: the last acknowledged write of its (only) editor. */
export function expectedDocuments(acks: readonly AckedWrite[]): Map<string, AckedWrite> {
  const last = new Map<string, AckedWrite>()
  for (const ack of acks) last.set(`${ack.collection}/${ack.id}`, ack)
  return last
}
