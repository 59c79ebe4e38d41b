import { existsSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { parseSnapshot, type Snapshot } from '../../domain/contract/snapshot'
import { weekLabel, type IsoWeek } from '../../domain/stand/isoWeek'
import { standItems } from '../../domain/stand/standItems'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import type { MailContent } from '../../cms/mail/mailContent'
import { standFileName, standFilePath } from '../../cms/stand/standFiles'
import type { SiteRenderer } from '../render/siteRenderer'
import { collectSnapshots } from '../snapshot/collectSnapshots'
import { printStandWeek } from './standWeekPdf'
import { MOSCOW_TIME_ZONE } from '../../domain/time/moscow'

/** Orgs whose snapshots are read together, as the export does. */
const BATCH = 250

/** The chairperson's address, else the information officer's (the org's own fields). */
export const standRecipient = (s: Snapshot) =>
  s.org.leadership?.chairperson?.email ?? s.org.infoOfficer?.email

function standMail(s: Snapshot, week: IsoWeek, count: number): MailContent {
  const name = s.org.shortName ?? s.org.name
  const site = `${s.site.origin}${s.site.basePath}/`
  return {
    subject: `Стенд на неделю ${week.week} — ${name}`,
    preheader: `${count} материалов недели на листах A4`,
    heading: `Профсоюзный стенд на неделю ${week.week}`,
    paragraphs: [
      `Во вложении — стенд ${s.org.name} за прошедшую неделю: ${count} материалов, своих и вышестоящих организаций, закреплённые и обязательные первыми, у каждого QR-код со ссылкой на полный текст на сайте.`,
      'Распечатайте листы на принтере A4 и разместите на профсоюзном стенде.',
    ],
    action: { label: 'Сайт организации', url: site },
    footer: `Письмо приходит по понедельникам председателю или ответственному за информационную работу ${s.org.name}, как указано в карточке организации.`,
    brand: { name, ...(s.site.accentColor ? { accent: s.site.accentColor } : {}) },
  }
}

export interface MondayStandsResult {
  queued: string[]
  /** Orgs with nothing to send: no address, no items that week, or already queued. */
  skipped: number
  /** Orgs whose snapshot could not be made (logged by the printer). */
  failed: string[]
}

/**
 * The Monday pass: every org's stand of `week` (the week that has just ended), printed and queued
 * to its chairperson or information officer as a `mailStand` job. The PDF is written under a
 * temporary name, the job queued, then the file renamed into place: the file is the «sent» mark,
 * so a pass that dies before the rename sends that org's stand again rather than never.
 */
export async function mailMondayStands(
  payload: Payload,
  browser: Browser,
  renderer: SiteRenderer,
  week: IsoWeek,
): Promise<MondayStandsResult> {
  const label = weekLabel(week)
  const result: MondayStandsResult = { queued: [], skipped: 0, failed: [] }
  const directory = await OrgDirectory.load(payload)
  const ids = [...directory.orgs.values()].map((o) => o.id)
  for (let i = 0; i < ids.length; i += BATCH) {
    const { snapshots } = await collectSnapshots(payload, directory, ids.slice(i, i + BATCH))
    for (const [id, input] of snapshots) {
      if (input instanceof Error) {
        // One org's broken data must not keep the others' stands from their chairpersons.
        result.failed.push(`${directory.get(id)?.key ?? id}: ${input.message}`)
        continue
      }
      const snapshot = parseSnapshot(input, directory.get(id)?.key ?? id)
      const to = standRecipient(snapshot)
      const name = standFileName(id, label)
      const file = standFilePath(name)
      const count = standItems(
        snapshot.feed,
        week,
        snapshot.site.timeZone ?? MOSCOW_TIME_ZONE,
      ).length
      if (!to || count === 0 || existsSync(file)) {
        result.skipped++
        continue
      }
      const pdf = await printStandWeek(browser, renderer, snapshot, week)
      await mkdir(path.dirname(file), { recursive: true })
      const temporary = `${file}.${process.pid}.tmp`
      await writeFile(temporary, pdf)
      try {
        await payload.jobs.queue({
          task: 'mailStand',
          input: {
            to,
            content: standMail(snapshot, week, count),
            file: name,
            filename: `stend-${snapshot.org.slug}-${label}.pdf`,
          },
        })
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      }
      await rename(temporary, file)
      result.queued.push(`${snapshot.org.key} → ${to}`)
    }
  }
  return result
}
