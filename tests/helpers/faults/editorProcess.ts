/**
 * Stands in for the admin server in the kill test: a Payload process that edits posts through
 * the Local API, as the admin's save handler does, until it is killed. Each write is logged
 * as `try <post> <state>` before and `ack <post> <state>` after it returned (only an ack was
 * "saved" for the editor). `<post>` is `new:<title>` until the post has an id. States:
 * `title:<title>`, `draft`, `deleted`. Its options (faultEditorOptions: the orgs it writes for,
 * the seed of its choices) come as one JSON argument.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { bootPayload } from '../../../cms/lib/bootPayload'
import { readChildOptions } from '../../../tools/lib/childOptions'
import { rng } from '../random'
import { faultEditorOptions } from './faultEditorOptions'

const { root, orgs, seed, pauseMs } = readChildOptions(faultEditorOptions, 'fault editor')
const log = path.join(root, 'editor.log')
// SQLite and PostgreSQL ids are numbers, MongoDB's strings.
const idOf = (s: string): number | string => (/^\d+$/.test(s) ? Number(s) : s)
const random = rng(seed)
const payload = await bootPayload()
const write = (line: string) => appendFileSync(log, `${line}\n`)

// The posts acknowledged by earlier runs of this process (that were killed) are edited further.
const live = new Map<string, string>()
for (const line of existsSync(log) ? readFileSync(log, 'utf8').split('\n') : []) {
  const [kind, post, ...rest] = line.split(' ')
  const state = rest.join(' ')
  if (kind !== 'ack' || !post || post.startsWith('new:')) continue
  if (state === 'deleted') live.delete(post)
  else live.set(post, state!)
}

console.log('ready')
for (let n = 0; ; n++) {
  const title = `Новость ${process.pid}-${n}`
  const ids = [...live.keys()]
  try {
    if (ids.length < 4 || random.chance(0.4)) {
      const org = random.pick(orgs)
      write(`try new:${title} title:${title}`)
      const post = await payload.create({
        collection: 'posts',
        data: { title, organization: org, _status: 'published' } as never,
      })
      write(`ack ${post.id} title:${title}`)
      live.set(String(post.id), `title:${title}`)
    } else {
      const id = random.pick(ids)
      const roll = random.next()
      const [data, state] =
        roll < 0.6
          ? [{ title, _status: 'published' }, `title:${title}`]
          : roll < 0.85
            ? [{ _status: 'draft' }, 'draft']
            : [null, 'deleted']
      write(`try ${id} ${state}`)
      if (data) await payload.update({ collection: 'posts', id: idOf(id), data: data as never })
      else await payload.delete({ collection: 'posts', id: idOf(id) })
      write(`ack ${id} ${state}`)
      if (state === 'deleted') live.delete(id)
      else live.set(id, state)
    }
  } catch (error) {
    // Not acknowledged: the editor saw an error, nothing was promised.
    write(`error ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`)
  }
  await new Promise((r) => setTimeout(r, pauseMs))
}
