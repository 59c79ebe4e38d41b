import type { PageKeys } from '../../render/buildStep'
import type { ReleaseDirs } from '../releases'

/** One file of a host's folder: rendered bytes, or a hard link to a file of the live release. */
export type HostFile = { file: string; body: Uint8Array } | { file: string; from: string }

/** What the file threads do (see fileThread.ts). */
export type FileOp =
  | { op: 'write'; dir: string; files: HostFile[] }
  | {
      op: 'publish'
      dirs: ReleaseDirs
      host: string
      built: string
      gen: number
      keys?: PageKeys
    }
  | { op: 'remove'; path: string }

/** Each request is answered by a FileReply of the same id. */
export type FileRequest = FileOp & { id: number }

export type FileReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string; code?: string }
