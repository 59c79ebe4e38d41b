import { Worker } from 'node:worker_threads'
import { configValue } from '../../../config/index'
import type { PageKeys } from '../../render/buildStep'
import type { ReleaseDirs } from '../releases'
import type { FileOp, FileReply, HostFile } from './fileMessages'

/** File threads per worker process (UNION_SITES_FILE_THREADS). */
export const FILE_THREADS = configValue('UNION_SITES_FILE_THREADS')

/**
 * The publishing worker's file system work — folders, rendered files, hard links, release swaps —
 * on a few threads of their own with synchronous calls. On this kind of VM each call through
 * Node's promise API costs the main thread 20–60 µs and each folder ~0.1–0.3 ms on disk; here the
 * main thread only renders while the threads write the hosts before it.
 */
export class FileWriter {
  private readonly threads: Worker[]
  private readonly pending = new Map<
    number,
    { resolve(v: unknown): void; reject(e: Error): void }
  >()
  private next = 0
  private turn = 0
  /** Set when a thread died: its requests would never be answered, so none are sent any more. */
  private broken: Error | undefined

  constructor(threads = FILE_THREADS) {
    const url = new URL('./fileThread.ts', import.meta.url)
    this.threads = Array.from({ length: threads }, () => {
      const thread = new Worker(url)
      thread.on('message', (reply: FileReply) => this.settle(reply))
      thread.on('error', (error) => this.failAll(error))
      thread.on('exit', (code) => this.failAll(new Error(`file thread exited (code ${code})`)))
      thread.unref()
      return thread
    })
  }

  /** Writes one host's folder; returns the files whose link source was gone. */
  write(dir: string, files: HostFile[]): Promise<string[]> {
    const transfer = files.flatMap((f) =>
      'body' in f && f.body.byteOffset === 0 && f.body.byteLength === f.body.buffer.byteLength
        ? [f.body.buffer as ArrayBuffer]
        : [],
    )
    return this.send({ op: 'write', dir, files }, transfer) as Promise<string[]>
  }

  /** publishHost on a file thread (see releases.ts). */
  publish(dirs: ReleaseDirs, host: string, built: string, gen: number, keys?: PageKeys) {
    return this.send({ op: 'publish', dirs, host, built, gen, keys }) as Promise<boolean>
  }

  remove(path: string): Promise<void> {
    return this.send({ op: 'remove', path }) as Promise<void>
  }

  async close(): Promise<void> {
    this.broken ??= new Error('file threads closed')
    await Promise.all(this.threads.map((t) => t.terminate()))
  }

  private send(request: FileOp, transfer: ArrayBuffer[] = []): Promise<unknown> {
    if (this.broken) return Promise.reject(this.broken)
    const id = ++this.next
    const thread = this.threads[this.turn++ % this.threads.length]!
    // Referenced only while it has work: an idle writer never keeps the process alive.
    if (this.pending.size === 0) for (const t of this.threads) t.ref()
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      thread.postMessage({ ...request, id }, transfer)
    })
  }

  private settle(reply: FileReply) {
    const waiter = this.pending.get(reply.id)
    if (!waiter) return
    this.pending.delete(reply.id)
    if (this.pending.size === 0) for (const t of this.threads) t.unref()
    if (reply.ok) waiter.resolve(reply.value)
    else waiter.reject(Object.assign(new Error(reply.message), { code: reply.code }))
  }

  private failAll(error: Error) {
    this.broken ??= error
    for (const waiter of this.pending.values()) waiter.reject(error)
    this.pending.clear()
  }
}

let shared: FileWriter | undefined

/** One set of file threads per process, for every worker in it. */
export const sharedFileWriter = () => (shared ??= new FileWriter())
