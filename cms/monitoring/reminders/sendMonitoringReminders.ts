import type { PayloadRequest } from 'payload'
import { monthlySummaryDue, weeklyReminderDue } from '../../../domain/monitoring/reminderPeriods'
import { DeliveryLog } from '../../mailings/deliveryLog'
import { MonitoringNeedsSql, monitoringAvailable } from '../monitoringSql'
import { networkRows } from '../networkRows'
import { previousSnapshot } from './previousSnapshot'
import { queueReminders } from './queueReminders'
import { monthlyLetters, weeklyLetters } from './reminderLetters'
import { reminderRecipients } from './reminderRecipients'

export interface RemindersResult {
  week: string
  month: string
  queued: number
  skipped: number
}

/** The delivery log's row that says a period's fan-out finished (no address: the system's). */
const DONE = 'system'

/**
 * What mailMonitoringReminders does at `now`: when the weekly reminder (Monday from 09:00
 * Moscow) or the monthly summary (the 1st from 09:00) is due and its fan-out has not finished
 * yet, the whole network's rows are computed ONCE and each org's letters queued (per-recipient
 * keys in the delivery log). A finished fan-out leaves a `…-run:<period>` key, so the job's
 * later runs that day compute nothing; a run killed half-way is completed by the next one.
 * On MongoDB (no SQL for the facts) a due period is recorded as failed with the reason, once,
 * with one log line: the job ends normally instead of failing every quarter of an hour.
 */
export async function sendMonitoringReminders(
  req: PayloadRequest,
  now: Date,
): Promise<RemindersResult> {
  const log = new DeliveryLog(req.payload)
  const week = weeklyReminderDue(now)
  const month = monthlySummaryDue(now)
  const weekRun = week ? `monitor-run:${week.key}` : null
  const monthRun = month ? `monitor-summary-run:${month.key}` : null
  const done = await log.taken([weekRun, monthRun].filter((k): k is string => k !== null))
  const doWeek = week && weekRun && !done.has(weekRun) ? week : null
  const doMonth = month && monthRun && !done.has(monthRun) ? month : null
  const result: RemindersResult = {
    week: doWeek?.key ?? '',
    month: doMonth?.key ?? '',
    queued: 0,
    skipped: 0,
  }
  if (!doWeek && !doMonth) return result
  if (!monitoringAvailable(req.payload)) {
    const reason = new MonitoringNeedsSql().message
    for (const run of [doWeek && weekRun, doMonth && monthRun])
      if (run && (await log.claim(run, DONE))) await log.mark(run, 'failed', reason)
    req.payload.logger.warn(`mailMonitoringReminders skipped: ${reason}`)
    return { ...result, week: '', month: '' }
  }

  const rows = await networkRows(req, now)
  const add = ({ queued, skipped }: { queued: number; skipped: number }) => {
    result.queued += queued
    result.skipped += skipped
  }
  if (doWeek) {
    const editors = await reminderRecipients(req, 'editor')
    add(await queueReminders(req, weeklyLetters(rows, editors, doWeek)))
    if (await log.claim(weekRun!, DONE)) await log.mark(weekRun!, 'sent')
  }
  if (doMonth) {
    const admins = await reminderRecipients(req, 'admin')
    const previous = await previousSnapshot(req)
    add(await queueReminders(req, monthlyLetters(rows, admins, doMonth, previous)))
    if (await log.claim(monthRun!, DONE)) await log.mark(monthRun!, 'sent')
  }
  return result
}
