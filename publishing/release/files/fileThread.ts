/**
 * A file thread of FileWriter: runs file system work with synchronous calls, one request after
 * another. Loaded by Node itself (type stripping, or tsx's loader when the worker runs under
 * tsx), so it imports with `.ts` extensions and uses only erasable TypeScript.
 */
import { linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parentPort } from 'node:worker_threads'
import { publishHost } from '../releases.ts'
import type { FileReply, FileRequest, HostFile } from './fileMessages.ts'

/** Writes a host's files; returns the linked ones whose source is gone (rendered again by the caller). */
function writeFiles(dir: string, files: HostFile[]): string[] {
  const made = new Set<string>()
  const unlinked: string[] = []
  for (const entry of files) {
    const target = path.join(dir, entry.file)
    const folder = path.dirname(target)
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true })
      made.add(folder)
    }
    if ('body' in entry) {
      writeFileSync(target, entry.body)
      continue
    }
    try {
      linkSync(entry.from, target)
    } catch {
      // Pruned meanwhile or on another file system.
      unlinked.push(entry.file)
    }
  }
  return unlinked
}

function run(request: FileRequest): unknown {
  switch (request.op) {
    case 'write':
      return writeFiles(request.dir, request.files)
    case 'publish':
      return publishHost(request.dirs, request.host, request.built, request.gen, request.keys)
    case 'remove':
      rmSync(request.path, { recursive: true, force: true })
      return null
  }
}

parentPort!.on('message', (request: FileRequest) => {
  let reply: FileReply
  try {
    reply = { id: request.id, ok: true, value: run(request) }
  } catch (error) {
    const e = error as NodeJS.ErrnoException
    reply = { id: request.id, ok: false, message: e?.message ?? String(error), code: e?.code }
  }
  parentPort!.postMessage(reply)
})
