/**
 * `npm test`: type check, unit tests, site build and serving tests, the end-to-end suite on the
 * demo sites in Chromium, then the integration suite on SQLite and on a real PostgreSQL server
 * (started on 127.0.0.1 by the suite), and on MongoDB when TEST_MONGODB_URI is set.
 */
import { run } from './lib/run'

const steps: [string, string, string[], Record<string, string>?][] = [
  ['Formatting', 'prettier', ['--check', '--log-level', 'warn', '.']],
  ['Type check', 'tsc', ['--noEmit', '-p', 'tsconfig.json']],
  ['Unit tests', 'vitest', ['run', '--project', 'unit']],
  ['Site build tests (Astro, fixture snapshots)', 'vitest', ['run', '--project', 'site']],
  [
    'Serving tests (preview server, nginx config, nginx parity)',
    'vitest',
    ['run', '--project', 'serve'],
  ],
  [
    'End-to-end tests (demo sites in Chromium: a reader walk, accessibility mode, axe on every page, HTML/XML/link checks)',
    'playwright',
    ['test'],
  ],
  ['Integration tests on SQLite', 'vitest', ['run', '--project', 'int'], { TEST_DB: 'sqlite' }],
  [
    'Integration tests on PostgreSQL',
    'vitest',
    ['run', '--project', 'int'],
    { TEST_DB: 'postgres' },
  ],
]
if (process.env.TEST_MONGODB_URI) {
  steps.push([
    'Integration tests on MongoDB',
    'vitest',
    ['run', '--project', 'int'],
    { TEST_DB: 'mongodb' },
  ])
}

const started = performance.now()
const failed = steps
  .filter(([label, cmd, args, env]) => !run(label, cmd, args, env))
  .map(([label]) => label)
if (!process.env.TEST_MONGODB_URI) {
  console.log(
    '\nMongoDB: SKIPPED — no MongoDB server here. Set TEST_MONGODB_URI=mongodb://host:27017/?replicaSet=rs0 to run the integration suite on it.',
  )
}
const minutes = ((performance.now() - started) / 60000).toFixed(1)
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')} (${minutes} min)`)
  process.exit(1)
}
console.log(`\nAll tests passed (${minutes} min).`)
