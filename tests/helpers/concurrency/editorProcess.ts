/**
 * An editor in a process of its own, with its own Payload on the test's database (as `npm
 * start` runs the admin beside the publishing worker). It logs in, says it is ready, waits for
 * the go file, edits until the deadline written there and logs every outcome as a JSON line.
 * Its options (editorOptions) come as one JSON argument.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { bootPayload } from '../../../cms/lib/bootPayload'
import { readChildOptions } from '../../../tools/lib/childOptions'
import { appendLine } from './editLog'
import { editorOptions } from './editorOptions'
import { runEditorSession } from './editorSession'
import { localApiClient } from './localApiClient'

const options = readChildOptions(editorOptions, 'editor')
const { root, editor } = options
const log = path.join(root, `${editor}.jsonl`)
const go = path.join(root, 'go')

const payload = await bootPayload()
const { user } = await payload.login({
  collection: 'users',
  data: { email: options.email, password: options.password },
})
appendLine(log, { type: 'ready', editor })
while (!existsSync(go)) await new Promise((r) => setTimeout(r, 50))
const { until, maxWrites } = JSON.parse(readFileSync(go, 'utf8')) as {
  until: number
  maxWrites: number
}
await runEditorSession(localApiClient(payload, { ...user, collection: 'users' } as never), {
  editor,
  orgs: options.orgs,
  collections: ['posts', 'pages'],
  seed: options.seed,
  until,
  maxWrites,
  record: (line) => appendLine(log, line),
})
appendLine(log, { type: 'done', editor })
await payload.destroy()
process.exit(0)
