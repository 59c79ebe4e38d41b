import type { TaskConfig } from 'payload'
import { coversOrg, type ScopedUser } from '../../domain/access/scope'
import { adminUrl } from '../mail/adminUrl'
import type { MailContent } from '../mail/mailContent'
import { renderMail } from '../mail/renderMail'
import { loadOrg } from '../services/orgLinks'
import { noticeListId } from '../mail/noticeListId'

/**
 * E-mails the editors of one org (including subtree editors above it): renders the notice once
 * (HTML and text, with a button to the item in the admin when `adminPath` is given and the
 * server knows its address) and queues one sendMail job per editor, so a refused address retries
 * alone and nobody sees the other editors' addresses.
 */
export const notifyEditors: TaskConfig<{
  input: {
    orgId: string
    subject: string
    /** The body: paragraphs separated by line breaks; plain text, escaped when rendered. */
    text: string
    /** The item in the admin, e.g. `/admin/collections/proposals/12`; joined to SERVER_URL. */
    adminPath?: string | null
    actionLabel?: string | null
    /** Only the org's own editors, not subtree editors above (inquiries: domain/inquiries/inquiryScope.ts). */
    ownOrgOnly?: boolean | null
  }
  output: { sent: number }
}> = {
  slug: 'notifyEditors',
  label: 'Уведомление редакторов',
  inputSchema: [
    { name: 'orgId', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'adminPath', type: 'text' },
    { name: 'actionLabel', type: 'text' },
    { name: 'ownOrgOnly', type: 'checkbox' },
  ],
  outputSchema: [{ name: 'sent', type: 'number' }],
  retries: 3,
  handler: async ({ input, req }) => {
    const org = await loadOrg(req, input.orgId)
    if (!org) return { output: { sent: 0 } }
    const lineage = input.ownOrgOnly ? [org.id] : [...org.ancestors, org.id]
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
    const addresses = [...new Set(editors.map((u) => u.email.toLowerCase()))]
    if (addresses.length === 0) return { output: { sent: 0 } }

    const link = input.adminPath ? adminUrl(input.adminPath) : undefined
    // Rendered here once too: a content error (a bad link) fails this job, not N mail jobs.
    const content: MailContent = {
      subject: input.subject,
      heading: input.subject,
      paragraphs: input.text.split(/\n+/).filter((p) => p.trim()),
      action: link ? { label: input.actionLabel || 'Открыть в админке', url: link } : undefined,
      footer: `Вы получили это письмо как редактор организации «${org.name}» на платформе «Сайты профсоюзов».`,
      brand: { name: org.name },
    }
    await renderMail(content)
    const list = noticeListId(org.id, adminUrl('/'))
    for (const to of addresses)
      await req.payload.jobs.queue({
        task: 'sendMail',
        input: {
          to,
          content,
          listId: list,
          listName: `Уведомления «${org.name}»`,
          automatic: true,
        },
        req,
      })
    return { output: { sent: addresses.length } }
  },
}
