import type { SaveSample } from './editorSaves'
import type { FanOutResult } from './fanOutResult'
import { latencyStats, type LatencyStats } from './latencyStats'

export interface FanOutVerdict {
  baseline: LatencyStats
  during: LatencyStats
  /** Answers of 500 and above (or none at all) among all saves. */
  serverErrors: number
  /** Correctness failures: each one fails the run. */
  problems: string[]
  /** p95 during the fan-out under 1 s (the target; fails the run only with LOAD_STRICT). */
  targetMet: boolean
}

const ok = (s: SaveSample) => s.status >= 200 && s.status < 300 && !s.error

/** Judges one database's run: every save acknowledged and stored, every site has the post. */
export function judgeFanOut(r: FanOutResult, targetMs = 1000): FanOutVerdict {
  const saves = [...r.baseline, ...r.during]
  const problems: string[] = []
  const failed = saves.filter((s) => !ok(s))
  for (const s of failed.slice(0, 5))
    problems.push(`save "${s.title}" answered ${s.status || 'nothing'}: ${s.error ?? ''}`.trim())
  if (failed.length > 5) problems.push(`… ${failed.length} failed saves in all`)
  if (r.during.length === 0) problems.push('no save was made during the fan-out')
  if (r.lastTitleStored !== r.lastTitleSaved)
    problems.push(
      `the last acknowledged save is not in the database: saved "${r.lastTitleSaved}", stored "${r.lastTitleStored}"`,
    )
  if (r.fanOutSeconds === null)
    problems.push('the publishing queue did not empty within twice the timeout')
  if (r.sitesMissingPost > 0)
    problems.push(
      `${r.sitesMissingPost} of ${r.sites} sites do not show the federation post (${r.missingExamples.join(', ')})`,
    )
  const during = latencyStats(r.during.map((s) => s.ms))
  return {
    baseline: latencyStats(r.baseline.map((s) => s.ms)),
    during,
    serverErrors: saves.filter((s) => s.status >= 500 || s.status === 0).length,
    problems,
    targetMet: r.during.length > 0 && during.p95 < targetMs,
  }
}
