import { mkdirSync, rmSync } from 'node:fs'
import { provisionTools } from './provisionTools'
import { runStep, type StepResult } from './runStep'
import { skipGate } from './skipGate'
import { testPlan } from './testPlan'

const REPORTS = 'node_modules/.cache/union-sites-tests'

/**
 * Runs `npm test`: first the system tools the suite needs (installed through apt when it may,
 * provisionTools.ts), then the plan (testPlan.ts); last, every test that did not run is listed,
 * and under CI that fails the run (skipGate.ts). Prints the times; resolves to the exit code.
 */
export async function runTests(options: {
  root: string
  ci: boolean
  mongoUri: string | undefined
}): Promise<number> {
  const { checks, suites, groups } = testPlan(REPORTS, options.mongoUri)
  const started = performance.now()
  if (!provisionTools()) return 1
  rmSync(REPORTS, { recursive: true, force: true })
  mkdirSync(REPORTS, { recursive: true })

  // The checks first, alone: short, and some (the HTML validator over the fixture build) have
  // timeouts sized for a machine that is not also running the long suites.
  const results: StepResult[] = []
  for (const step of checks) results.push(await runStep(step))
  results.push(...(await Promise.all(suites.map((step) => runStep(step, true)))))

  if (!options.mongoUri) {
    console.log(
      '\nMongoDB: SKIPPED — no MongoDB server here. Set TEST_MONGODB_URI=mongodb://host:27017/?replicaSet=rs0 to run the integration suite on it.',
    )
  }
  const gateOk = skipGate(groups, options.root, options.ci)
  const failed = [
    ...results.filter((r) => !r.ok).map((r) => r.label),
    ...(gateOk ? [] : ['Tests that did not run']),
  ]
  const minutes = ((performance.now() - started) / 60000).toFixed(1)
  console.log('\nTimes:')
  for (const r of results) console.log(`  ${r.seconds.toFixed(1).padStart(6)} s  ${r.label}`)
  if (failed.length > 0) {
    console.error(`\nFailed: ${failed.join(', ')} (${minutes} min)`)
    return 1
  }
  console.log(`\nAll tests passed (${minutes} min).`)
  return 0
}
