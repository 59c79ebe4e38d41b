import type { ImportContext, Ids } from './importContext'
import { tally } from './importReport'
import { stableHash } from './stableHash'
import { upsert } from './upsert'

/**
 * Users with their grants, matched by e-mail. The password is set only when the user is created
 * (and is not in the hash): a second seed never resets a password changed since.
 */
export async function importUsers(ctx: ImportContext, orgs: Ids): Promise<void> {
  const { payload, bundle, report, keyOf, need } = ctx
  for (const u of bundle.users) {
    const { password, ...rest } = u
    const r = await upsert(payload, {
      collection: 'users',
      importKey: keyOf('user', u.email),
      hash: stableHash(rest),
      match: { email: { equals: u.email } },
      data: {
        email: u.email,
        name: u.name,
        role: u.role,
        grants: u.grants.map((g) => ({
          organization: need(orgs, g.org, 'organization'),
          role: g.role,
          subtree: g.subtree,
        })),
      },
      createOnly: { password },
    })
    tally(report, 'users', r.action)
  }
}
