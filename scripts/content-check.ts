/** Validates a content bundle without a database: `npm run content:check [dir]`. */
import { resolve } from 'node:path'
import { loadBundle } from '../content/lib/loadBundle'
import { BundleError } from '../content/lib/bundleError'
import { loadEvents } from '../content/lib/loadEvents'

const dir = resolve(process.argv[2] ?? 'content/demo')
try {
  const b = loadBundle(dir)
  const events = loadEvents(
    dir,
    new Set(b.organizations.map((o) => o.key)),
    new Set(b.media.map((m) => m.key)),
  )
  console.log(
    `${dir}: valid — ${b.organizations.length} organizations, ${b.posts.length} posts, ` +
      `${b.pages.length} pages, ${b.media.length} media, ${b.documents.length} documents, ${events.length} events, ${b.users.length} users`,
  )
} catch (error) {
  console.error(error instanceof BundleError ? error.message : error)
  process.exit(1)
}
