/**
 * `npm test`: the system tools the suite needs, the checks one after the other, then the long
 * suites side by side; every test that did not run is listed, and under CI that fails the run.
 * The plan: tools/test/testPlan.ts; the run: tools/test/runTests.ts.
 */
import { readDeveloperConfig } from '../config'
import { runTests } from '../tools/test/runTests'

// CI is the CI service's own variable (true, 1), not a setting of the project.
const ci = Boolean(process.env.CI) && process.env.CI !== '0' && process.env.CI !== 'false'

process.exit(
  await runTests({ root: process.cwd(), ci, mongoUri: readDeveloperConfig().TEST_MONGODB_URI }),
)
