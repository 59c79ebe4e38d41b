import type { Payload } from 'payload'
import { buildWorld, PASSWORD, type World } from './world'

type Id = number | string

export const ACTORS = [
  'anonymous',
  'ppoEditor',
  'ppoAdmin',
  'terAdmin',
  'fedEditor',
  'platform',
] as const
export type Actor = (typeof ACTORS)[number]

export const TARGETS = ['self', 'inScope', 'mixedScope', 'outOfScope', 'platformAdmin'] as const
export type Target = (typeof TARGETS)[number]

export interface MatrixWorld {
  world: World
  /** Every signed-in actor's account. */
  actors: Record<Exclude<Actor, 'anonymous'>, { id: Id; email: string }>
  /** Targets other than `self`. */
  targets: Record<Exclude<Target, 'self'>, { id: Id; email: string }>
}

/**
 * buildWorld plus the accounts the user-management matrix needs:
 * - ppoAdmin: an admin of ППО А1 only (a direct grant);
 * - inScope: an editor of ППО А1, in the scope of both the ППО and the territorial admin;
 * - mixedScope: an editor of ППО А1 who is also an editor of ППО Б1 (another union);
 * - outOfScope: an editor of ППО Б1 only;
 * - platformAdmin: a platform admin who also holds an editor grant on ППО А1 (the account the
 *   takeover attack aimed at).
 */
export async function buildMatrixWorld(payload: Payload): Promise<MatrixWorld> {
  const world = await buildWorld(payload)
  const { ppoA1, ppoB1 } = world.orgs
  const user = async (key: string, data: Record<string, unknown>) => {
    const email = `${key.toLowerCase()}@matrix.local`
    const doc = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: key, ...data } as never,
      depth: 0,
    })
    return { id: doc.id, email }
  }
  const editorOf = (organization: Id) => ({ organization, role: 'editor', subtree: false })
  const ppoAdmin = await user('ppoAdmin', {
    grants: [{ organization: ppoA1, role: 'admin', subtree: false }],
  })
  const targets = {
    inScope: await user('inScope', { grants: [editorOf(ppoA1)] }),
    mixedScope: await user('mixedScope', { grants: [editorOf(ppoA1), editorOf(ppoB1)] }),
    outOfScope: await user('outOfScope', { grants: [editorOf(ppoB1)] }),
    platformAdmin: await user('platformAdmin', {
      role: 'platform-admin',
      grants: [editorOf(ppoA1)],
    }),
  }
  const { ppoEditor, terAdmin, fedEditor, platform } = world.users
  return { world, actors: { ppoEditor, ppoAdmin, terAdmin, fedEditor, platform }, targets }
}
