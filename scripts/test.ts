/**
 * `npm test`: the system tools the suite needs, the checks one after the other, then the long
 * suites side by side; every test that did not run is listed, and under CI that fails the run.
 * The plan: tools/test/testPlan.ts; the run: tools/test/runTests.ts.
 */
import { readDeveloperConfig } from '../config'
import { runTests } from '../tools/test/runTests'

// CI is the CI service's own variable: any value but 0/false is on (config/values.ts, ciFlag).
const { CI, TEST_MONGODB_URI } = readDeveloperConfig()

process.exit(await runTests({ root: process.cwd(), ci: CI, mongoUri: TEST_MONGODB_URI }))
