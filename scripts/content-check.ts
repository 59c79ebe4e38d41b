/** Validates a content bundle without a database: `npm run content:check [dir]`. */
import { resolve } from 'node:path'
import { loadBundle } from '../content/lib/loadBundle'
import { BundleError } from '../content/lib/bundleError'

const dir = resolve(process.argv[2] ?? 'content/demo')
try {
  const b = loadBundle(dir)
  console.log(
    `${dir}: valid — ${b.organizations.length} organizations, ${b.posts.length} posts, ` +
      `${b.pages.length} pages, ${b.media.length} media, ${b.documents.length} documents, ${b.users.length} users`,
  )
} catch (error) {
  console.error(error instanceof BundleError ? error.message : error)
  process.exit(1)
}
