import type { TaskConfig } from 'payload'
import { MailingRun } from '../mailings/mailingRun'
import { sendNewItems } from '../mailings/sendNewItems'
import { OrgDirectory } from '../export/orgDirectory'
import { siteHosts } from '../publishing/siteHosts'

/**
 * «every» subscribers of the sites on `hosts` get the items those sites now show. Queued by the
 * publishing worker after it released the hosts (publishing/worker/publishRound.ts), never in
 * an editor's request: the mail's links must find the page live. Safe to retry and to run
 * twice: the delivery log sends each (address, item) once.
 */
export const mailNewItems: TaskConfig<{
  input: { hosts: string[]; until: string }
  output: { sent: number; skipped: number; bounced: number }
}> = {
  slug: 'mailNewItems',
  label: 'Рассылка: новые материалы',
  inputSchema: [
    { name: 'hosts', type: 'json', required: true },
    { name: 'until', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'skipped', type: 'number' },
    { name: 'bounced', type: 'number' },
  ],
  retries: 5,
  handler: async ({ input, req }) => {
    const directory = await OrgDirectory.load(req.payload)
    const hosts = siteHosts(directory)
    const orgs = (Array.isArray(input.hosts) ? input.hosts : []).flatMap((host) =>
      (hosts.get(String(host))?.orgs ?? []).map(String),
    )
    const until = new Date(input.until)
    const stats = await sendNewItems(
      req,
      orgs,
      Number.isNaN(until.getTime()) ? new Date() : until,
      () => MailingRun.open(req.payload, { directory }),
    )
    return { output: stats }
  },
}
