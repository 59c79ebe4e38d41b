import type { SanitizedConfig } from 'payload'
import { hasScheduledPublishEnabled } from 'payload/shared'
import { checkLock, LOCKS, locksInScope, signedIn } from './lockedDocumentsAccess'
import { removeScheduledJobs } from './removeScheduledJobs'
import { platformAdminOnly } from '../access/platformAdminOnly'

/**
 * Rules for what Payload adds to the config itself, after sanitising it (no config option
 * reaches these): the document-locks collection gets access by the locked document, and every
 * collection with scheduled publishing removes its pending jobs when a document is deleted.
 */
export function secureSystemCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug === LOCKS) {
      collection.access = {
        ...collection.access,
        read: locksInScope,
        create: signedIn,
        update: locksInScope,
        delete: locksInScope,
      }
      collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), checkLock]
    } else if (hasScheduledPublishEnabled(collection)) {
      collection.hooks.afterDelete = [...(collection.hooks.afterDelete ?? []), removeScheduledJobs]
    }
  }
  // The job scheduler's stats (added once a task has a `schedule`) default to any signed-in
  // user's read and write: an editor could push the nightly retention run away.
  for (const global of config.globals)
    if (global.slug === 'payload-jobs-stats')
      global.access = { ...global.access, read: platformAdminOnly, update: platformAdminOnly }
  return config
}
