import type { TaskConfig } from 'payload'
import { retentionExpired } from '../../domain/inquiries/retentionExpired'
import { DEFAULT_RETENTION_DAYS } from '../../domain/inquiries/inquiryDefaults'
import { inquirySettingsOf } from '../inquiries/inquirySettingsOf'
import { idOf } from '../services/refs'

const DAY_MS = 24 * 60 * 60 * 1000
const BATCH = 200

/**
 * Daily: deletes closed inquiries whose network's retention period (set on the network root,
 * 365 days by default) has run out since closing, with their attachments and files on disk
 * (the inquiry's afterDelete hook). Only inquiries closed longer ago than the shortest period
 * any network allows (30 days) are looked at, then each is judged by its own network's period.
 */
export const purgeInquiries: TaskConfig<{ input: { now?: string }; output: { deleted: number } }> =
  {
    slug: 'purgeInquiries',
    label: 'Удаление старых обращений',
    inputSchema: [{ name: 'now', type: 'text' }],
    outputSchema: [{ name: 'deleted', type: 'number' }],
    schedule: [{ cron: '30 3 * * *', queue: 'default' }],
    retries: 1,
    handler: async ({ input, req }) => {
      const now = input?.now ? new Date(input.now) : new Date()
      const settings = new Map<string, number>()
      let deleted = 0
      let page = 1
      for (;;) {
        const { docs, hasNextPage } = await req.payload.find({
          collection: 'inquiries',
          where: {
            and: [
              { status: { equals: 'closed' } },
              { closedAt: { less_than: new Date(now.getTime() - 30 * DAY_MS).toISOString() } },
            ],
          },
          select: { organization: true, closedAt: true },
          depth: 0,
          limit: BATCH,
          page,
          sort: 'closedAt',
          overrideAccess: true,
          req,
        })
        const expired: (number | string)[] = []
        for (const doc of docs) {
          const org = String(idOf(doc.organization))
          if (!settings.has(org)) {
            const found = await inquirySettingsOf(req, org).catch(() => null)
            settings.set(org, found?.retentionDays ?? DEFAULT_RETENTION_DAYS)
          }
          if (retentionExpired(new Date(doc.closedAt!), settings.get(org)!, now)) {
            expired.push(doc.id)
          }
        }
        for (const id of expired) {
          await req.payload.delete({ collection: 'inquiries', id, overrideAccess: true, req })
          deleted++
        }
        if (!hasNextPage) break
        // Deleted rows shift the pages: stay on this page unless nothing on it went.
        if (expired.length === 0) page++
      }
      return { output: { deleted } }
    },
  }
