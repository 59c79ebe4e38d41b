import type { OrgRow } from '../../../domain/monitoring/indicatorTypes'
import type { ReminderPeriod } from '../../../domain/monitoring/reminderPeriods'
import { territorialSummary, type LightCounts } from '../../../domain/monitoring/territorialSummary'
import { weeklyReminder } from '../../../domain/monitoring/weeklyReminder'
import type { OrgLetter } from './queueReminders'
import type { Recipient } from './reminderRecipients'

/** The weekly letters: one per org with something red or amber and someone to receive it. */
export function weeklyLetters(
  rows: readonly OrgRow[],
  recipients: ReadonlyMap<string, Recipient[]>,
  period: ReminderPeriod,
): OrgLetter[] {
  const letters: OrgLetter[] = []
  for (const row of rows) {
    const to = recipients.get(row.id)
    if (!to?.length) continue
    const text = weeklyReminder(row, period.dateLabel)
    if (!text) continue
    letters.push({
      orgId: row.id,
      orgName: row.name,
      key: `monitor:${row.id}:${period.key}`,
      text,
      recipients: to,
      because: `Вы получили это письмо как редактор или администратор организации «${row.name}».`,
    })
  }
  return letters
}

/** Per territorial organization of `rows`, the ППО anywhere below it (district Теркомы too). */
export function ppoByTerritorial(rows: readonly OrgRow[]): Map<string, OrgRow[]> {
  const byId = new Map(rows.map((r) => [r.id, r]))
  const result = new Map<string, OrgRow[]>(
    rows.filter((r) => r.kind === 'territorial_org').map((r) => [r.id, []]),
  )
  for (const row of rows) {
    if (row.kind !== 'primary_org') continue
    const seen = new Set<string>()
    for (let up = row.parentId; up && !seen.has(up); up = byId.get(up)?.parentId) {
      seen.add(up)
      result.get(up)?.push(row)
    }
  }
  return result
}

/** The monthly letters to each territorial organization's admins about its ППО. */
export function monthlyLetters(
  rows: readonly OrgRow[],
  admins: ReadonlyMap<string, Recipient[]>,
  period: ReminderPeriod,
  previous: { label: string; counts: (ppoIds: readonly string[]) => LightCounts } | null,
): OrgLetter[] {
  const byId = new Map(rows.map((r) => [r.id, r]))
  const letters: OrgLetter[] = []
  for (const [orgId, ppo] of ppoByTerritorial(rows)) {
    const to = admins.get(orgId)
    if (!to?.length) continue
    const name = byId.get(orgId)!.name
    const before = previous
      ? { label: previous.label, counts: previous.counts(ppo.map((r) => r.id)) }
      : undefined
    letters.push({
      orgId,
      orgName: name,
      key: `monitor-summary:${orgId}:${period.key}`,
      text: territorialSummary(name, period.dateLabel, ppo, before),
      recipients: to,
      because: `Вы получили это письмо как администратор организации «${name}».`,
    })
  }
  return letters
}
