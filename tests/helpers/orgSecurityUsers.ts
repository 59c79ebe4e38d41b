import type { Payload } from 'payload'
import { PASSWORD, type World } from './world'

export type OrgAdmins = Record<
  'ppoAdmin' | 'terBAdmin' | 'toopAdmin',
  { id: number | string; email: string }
>

/**
 * Admins the world's users lack for the membership tests: a ППО's own admin, the admin of a
 * territorial org outside the ТООП, and the ТООП's admin who decides on requests.
 */
export async function addOrgAdmins(payload: Payload, world: World): Promise<OrgAdmins> {
  const user = async (key: string, organization: number | string, subtree: boolean) => {
    const email = `${key.toLowerCase()}@test.local`
    const doc = await payload.create({
      collection: 'users',
      data: {
        email,
        password: PASSWORD,
        name: key,
        grants: [{ organization, role: 'admin', subtree }],
      } as never,
      depth: 0,
    })
    return { id: doc.id, email }
  }
  return {
    ppoAdmin: await user('ppoAdmin', world.orgs.ppoA1, false),
    terBAdmin: await user('terBAdmin', world.orgs.terB, true),
    toopAdmin: await user('toopAdmin', world.orgs.toop, true),
  }
}
