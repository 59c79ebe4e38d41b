import type { TaskConfig } from 'payload'
import { coversOrg, type ScopedUser } from '../../domain/access/scope'
import { loadOrg } from '../services/orgLinks'

/**
 * E-mails the editors of one org (including subtree editors above it). With no mail server
 * configured, Payload prints the messages to the console.
 */
export const notifyEditors: TaskConfig<{
  input: { orgId: string; subject: string; text: string }
  output: { sent: number }
}> = {
  slug: 'notifyEditors',
  label: 'Уведомление редакторов',
  inputSchema: [
    { name: 'orgId', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'number' }],
  retries: 3,
  handler: async ({ input, req }) => {
    const org = await loadOrg(req, input.orgId)
    if (!org) return { output: { sent: 0 } }
    const lineage = [...org.ancestors, org.id]
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { 'grants.organization': { in: lineage } },
      depth: 0,
      limit: 0,
      pagination: false,
      select: { email: true, role: true, grants: true },
      overrideAccess: true,
      req,
    })
    const editors = docs.filter((u) =>
      coversOrg({ ...(u as unknown as ScopedUser), role: 'member' }, 'editor', org.id, lineage),
    )
    for (const user of editors) {
      await req.payload.sendEmail({ to: user.email, subject: input.subject, text: input.text })
    }
    return { output: { sent: editors.length } }
  },
}
