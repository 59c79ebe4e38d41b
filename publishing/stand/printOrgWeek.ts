import type { Payload } from 'payload'
import { parseSnapshot } from '../../domain/contract/snapshot'
import type { IsoWeek } from '../../domain/stand/isoWeek'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { SiteRenderer } from '../render/siteRenderer'
import { collectSnapshots } from '../snapshot/collectSnapshots'
import { launchStandBrowser } from './standPdf'
import { printStandWeek } from './standWeekPdf'

/**
 * One org's stand of any week, from the CMS's current data: a fresh snapshot of the org (as
 * publishing makes it, so the stand shows what the site shows), the renderer's print page and
 * Chromium. For the admin's «Стенд на неделю» (scripts/stand-week.ts, started per request).
 */
export async function printOrgWeek(
  payload: Payload,
  orgId: string,
  week: IsoWeek,
): Promise<Buffer> {
  const directory = await OrgDirectory.load(payload)
  const org = directory.get(orgId)
  if (!org) throw new Error(`no organization ${orgId}`)
  const { snapshots } = await collectSnapshots(payload, directory, [org.id])
  const input = snapshots.get(String(org.id))
  if (!input) throw new Error(`no snapshot of ${orgId}`)
  if (input instanceof Error) throw input
  const snapshot = parseSnapshot(input, org.key)
  const [renderer, browser] = await Promise.all([SiteRenderer.open(), launchStandBrowser()])
  try {
    return await printStandWeek(browser, renderer, snapshot, week)
  } finally {
    await browser.close()
  }
}
