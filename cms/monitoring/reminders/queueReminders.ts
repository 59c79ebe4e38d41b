import type { PayloadRequest } from 'payload'
import { adminUrl } from '../../mail/adminUrl'
import type { MailContent } from '../../mail/mailContent'
import { noticeListId } from '../../mail/noticeListId'
import { DeliveryLog } from '../../mailings/deliveryLog'
import type { ReminderText } from '../../../domain/monitoring/weeklyReminder'
import type { Recipient } from './reminderRecipients'

/** One org's message and who receives it; `key` is the delivery log's key without the user. */
export interface OrgLetter {
  orgId: string
  orgName: string
  key: string
  text: ReminderText
  recipients: readonly Recipient[]
  /** Why the reader gets it (the footer). */
  because: string
}

const OPT_OUT =
  'Отключить эти письма можно в своём профиле: флажок «Получать напоминания мониторинга».'

/** The keys the log holds already, asked in chunks (bound parameters are limited). */
async function takenKeys(log: DeliveryLog, keys: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>()
  for (let i = 0; i < keys.length; i += 500)
    for (const key of await log.taken(keys.slice(i, i + 500))) taken.add(key)
  return taken
}

/**
 * Queues one sendMail job per (org, recipient) whose delivery-log key `<key>:<user>` is not
 * taken yet, claiming the key first (committed before the job exists), so reruns, a second
 * worker or a resumed run never send the same reminder twice. The letters are rendered by their
 * sendMail jobs only (MJML costs milliseconds a letter; a network has thousands of orgs), so a
 * bad letter fails its own job, not the others'. Returns how many were queued and skipped.
 */
export async function queueReminders(
  req: PayloadRequest,
  letters: readonly OrgLetter[],
): Promise<{ queued: number; skipped: number }> {
  const log = new DeliveryLog(req.payload)
  const admin = req.payload.config.routes.admin
  let queued = 0
  let skipped = 0
  const taken = await takenKeys(
    log,
    letters.flatMap((l) => l.recipients.map((r) => `${l.key}:${r.id}`)),
  )
  for (const letter of letters) {
    const keys = letter.recipients.map((r) => `${letter.key}:${r.id}`)
    const link = adminUrl(`${admin}/monitoring?org=${encodeURIComponent(letter.orgId)}`)
    const account = adminUrl(`${admin}/account`)
    const content: MailContent = {
      ...letter.text,
      action: link ? { label: 'Открыть мониторинг', url: link } : undefined,
      footer: `${letter.because} ${OPT_OUT}`,
      brand: { name: letter.orgName },
      ...(account ? { footerLinks: [{ label: 'Мой профиль', url: account }] } : {}),
    }
    for (const [i, recipient] of letter.recipients.entries()) {
      const key = keys[i]!
      if (taken.has(key) || !(await log.claim(key, recipient.email))) {
        skipped++
        continue
      }
      try {
        await req.payload.jobs.queue({
          task: 'sendMail',
          input: {
            to: recipient.email,
            content,
            listId: noticeListId(letter.orgId, adminUrl('/')),
            listName: `Мониторинг «${letter.orgName}»`,
            automatic: true,
          },
          // No req: committed at once like the claim, not rolled back with this job's transaction.
        })
        // «sent» here means handed to the mail queue, whose sendMail job retries on its own.
        await log.mark(key, 'sent')
        queued++
      } catch (error) {
        await log.release(key)
        throw error
      }
    }
  }
  return { queued, skipped }
}
