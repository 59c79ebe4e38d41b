import type { PayloadRequest } from 'payload'
import type { GrantRole } from '../../../domain/access/scope'
import { idOf } from '../../services/refs'

export interface Recipient {
  id: string
  email: string
}

/**
 * Per org, the users holding a grant ON it (its own editors and admins, not those of a subtree
 * above: they get their own org's reminder and open the dashboard for the rest) with at least
 * `role`, who did not switch off «Получать напоминания мониторинга». One query for the whole
 * network, read in pages, so the fan-out never asks per org.
 */
export async function reminderRecipients(
  req: PayloadRequest,
  role: GrantRole,
): Promise<Map<string, Recipient[]>> {
  const byOrg = new Map<string, Recipient[]>()
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: 'users',
      where: {
        'grants.organization': { exists: true },
      },
      select: { email: true, grants: true, monitoringReminders: true },
      depth: 0,
      limit: 500,
      page,
      sort: 'id',
      overrideAccess: true,
      req,
    })
    for (const user of result.docs) {
      // Opted out only by an explicit false: users saved before the field existed get reminders.
      if (!user.email || user.monitoringReminders === false) continue
      const orgs = new Set(
        (user.grants ?? [])
          .filter((g) => role === 'editor' || g.role === 'admin')
          .map((g) => String(idOf(g.organization))),
      )
      for (const org of orgs) {
        const list = byOrg.get(org) ?? []
        list.push({ id: String(user.id), email: user.email.toLowerCase() })
        byOrg.set(org, list)
      }
    }
    if (!result.hasNextPage) break
  }
  return byOrg
}
