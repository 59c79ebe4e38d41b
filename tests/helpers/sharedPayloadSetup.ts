import { inject } from 'vitest'
import { bootSharedPayload } from './testPayload'

/**
 * Setup file of the int project: boots the shared Payload before the first file's hooks. Booted
 * inside whichever file's `beforeAll` came first (the slowest file by Vitest's order), the boot
 * counted against that hook's timeout; at a load of 17 it took longer than the 120 s some files
 * give their hook, and the timed-out hook went on building its world while the next files
 * emptied the shared database under it (duplicate users, sites that did not build, stop s15's
 * rehearsal). Later files find it booted: this costs them nothing.
 */
if (inject('sharedPayload')) await bootSharedPayload()
