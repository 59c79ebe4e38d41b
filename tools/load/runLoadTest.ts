import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fanOutLoad } from './fanOutLoad'
import { judgeFanOut } from './fanOutVerdict'
import type { LoadOptions } from './loadOptions'
import { fanOutSummary, loadAverage, sitesSummary } from './loadSummary'
import { removeTree } from './removeTree'
import { sitesLoad } from './sitesLoad'

function shortCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    return '?'
  }
}

/**
 * `npm run test:load` (scripts/test-load.ts says what it measures): runs the parts named in
 * `options` in a fresh folder, prints each part's figures and a summary, removes the folder
 * unless options.keep. Resolves to the exit code: 1 on a failure, or a missed timing target under
 * LOAD_STRICT.
 */
export async function runLoadTest(options: LoadOptions): Promise<number> {
  const started = performance.now()
  const root = mkdtempSync(path.join(options.tmp ?? tmpdir(), 'union-sites-load-'))
  const summary: string[] = []
  const failures: string[] = []
  const timingMisses: string[] = []
  const commit = shortCommit()
  console.log(
    `Load test on ${commit}, ${new Date().toISOString().slice(0, 16)} UTC, load average ${loadAverage()}; folder ${root}`,
  )

  const printSummary = () => {
    const total = (performance.now() - started) / 1000
    console.log(`\n=== Load test summary (${commit}, load average now ${loadAverage()}) ===`)
    for (const line of summary) console.log(line)
    console.log(`Total ${(total / 60).toFixed(1)} min`)
    if (timingMisses.length > 0)
      console.log(
        `\nTiming target missed${options.strict ? '' : ' (reported, not failed: LOAD_STRICT=1 fails it)'}:\n  ${timingMisses.join('\n  ')}`,
      )
    if (failures.length > 0) console.error(`\nLOAD TEST FAILED:\n  ${failures.join('\n  ')}`)
    else if (options.strict && timingMisses.length > 0)
      console.error('\nLOAD TEST FAILED (LOAD_STRICT=1)')
    else console.log('\nLoad test passed.')
  }

  try {
    if (options.parts.includes('sites')) {
      console.log('\nPart 1: the demo sites under nginx with the generated config')
      const t = performance.now()
      try {
        const result = await sitesLoad(path.join(root, 'sites'), options.wrk)
        const lines = sitesSummary(result, (performance.now() - t) / 1000)
        for (const line of lines) console.log(line)
        summary.push(...lines)
        failures.push(...result.problems.map((p) => `part 1: ${p}`))
      } catch (error) {
        failures.push(`part 1: ${error instanceof Error ? error.message : error}`)
      }
    }
    if (options.parts.includes('fanout')) {
      await fanOutLoad(
        path.join(root, 'fanout'),
        options.databases,
        options.fanOut,
        (db, result, seconds) => {
          const name = db === 'sqlite' ? 'SQLite' : 'PostgreSQL'
          if (result instanceof Error) {
            failures.push(`part 2 on ${name}: ${result.message}`)
            return
          }
          const verdict = judgeFanOut(result)
          const lines = fanOutSummary(name, result, verdict, seconds)
          for (const line of lines) console.log(line)
          summary.push(...lines)
          failures.push(...verdict.problems.map((p) => `part 2 on ${name}: ${p}`))
          if (!verdict.targetMet)
            timingMisses.push(`part 2 on ${name}: p95 ${Math.round(verdict.during.p95)} ms ≥ 1 s`)
        },
      )
    }
  } finally {
    printSummary()
    // Up to a million files at 10,000 sites: removed after the figures are out.
    const removing = performance.now()
    if (options.keep) console.log(`\nKept ${root}`)
    else removeTree(root)
    console.log(`Run folder removed in ${((performance.now() - removing) / 1000).toFixed(0)} s`)
  }
  return failures.length > 0 || (options.strict && timingMisses.length > 0) ? 1 : 0
}
