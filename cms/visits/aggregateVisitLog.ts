import { isbot } from 'isbot'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { parseAccessLine } from '../../domain/visits/accessLogLine'
import { countView } from '../../domain/visits/countView'
import { cursorUnchanged } from './cursorUnchanged'
import { logSegments, readLines, type LogCursor } from './logSegments'
import { saveTally } from './saveTally'
import { SiteMap } from './siteMap'
import { VisitTally } from './visitTally'

export interface AggregateResult {
  /** Lines read this run. */
  lines: number
  /** Of them, page views counted. */
  views: number
  /** Lines not in the format (garbage, a torn write): skipped, never fatal. */
  malformed: number
}

/** At most this much log per run: a backlog is worked off over several runs, memory bounded. */
const RUN_BUDGET = 64 * 1024 * 1024

/**
 * Counts the sites' access log (nginx's `union_sites` format) into site-visits and
 * site-referrers, from where the previous run stopped. The counts and the new position are
 * written in one transaction, so a run that fails counts nothing and the next one counts it
 * all: each line is counted exactly once.
 */
export async function aggregateVisitLog(
  req: PayloadRequest,
  file: string,
  budget = RUN_BUDGET,
): Promise<AggregateResult> {
  const { payload } = req
  const { docs } = await payload.find({
    collection: 'visit-log-cursors',
    where: { file: { equals: file } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const stored = docs[0]
  const cursor: LogCursor | null = stored ? { inode: stored.inode, offset: stored.offset } : null
  const segments = await logSegments(file, cursor)
  const result: AggregateResult = { lines: 0, views: 0, malformed: 0 }
  if (segments.length === 0) return result

  const sites = await SiteMap.load(payload)
  const tally = new VisitTally()
  let reached = cursor
  let left = budget
  for (const segment of segments) {
    const end = await readLines(segment, left, (line) => {
      result.lines++
      const entry = parseAccessLine(line)
      if (!entry) {
        result.malformed++
        return
      }
      const view = countView(entry, isbot)
      const site = view && sites.orgOf(view.host, view.path)
      if (!view || !site) return
      result.views++
      tally.add(site.orgId, view)
    })
    left -= end - segment.from
    reached = { inode: segment.inode, offset: end }
    if (end < segment.to) break
  }
  if (!reached || (cursor && reached.inode === cursor.inode && reached.offset === cursor.offset))
    return result

  const own = await initTransaction(req)
  try {
    // Another run may have counted the same lines meanwhile (the scheduled one and one queued by
    // hand): with the cursor's row locked, only the run that finds it where both began counts.
    if (!(await cursorUnchanged(req, stored?.id, cursor))) {
      if (own) await killTransaction(req)
      return { lines: 0, views: 0, malformed: 0 }
    }
    await saveTally(req, tally)
    const data = { file, inode: reached.inode, offset: reached.offset }
    if (stored)
      await payload.update({
        collection: 'visit-log-cursors',
        id: stored.id,
        data,
        overrideAccess: true,
        req,
      })
    else await payload.create({ collection: 'visit-log-cursors', data, overrideAccess: true, req })
    if (own) await commitTransaction(req)
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
  return result
}
