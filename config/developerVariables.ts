import { z } from 'zod'
import {
  ciFlag,
  countUpTo,
  doc,
  flag,
  oneOf,
  port,
  positiveInteger,
  positiveIntegerList,
  text,
  wholeNumber,
  wordList,
} from './values'

/**
 * Knobs of the benchmarks, the load test, the migration generator and the test harness:
 * developers (or the CI service) set them, operators never do. Read apart from the product's variables (readDeveloperConfig), so a typo
 * here never stops a server. Where two tools default differently (BENCH_ORGS is 5,000 for
 * cms-feed, 1,000 for publish) the tool applies its own default and says so in its header.
 */
export const developerVariables = z.object({
  BENCH_ORGS: doc(positiveIntegerList().optional(), {
    meaning: 'organizations of a benchmark; `publish` takes a list (`1000,10000`)',
  }),
  BENCH_POSTS: doc(positiveInteger().optional(), { meaning: 'posts of a CMS benchmark' }),
  BENCH_SUBSCRIBERS: doc(positiveInteger().optional(), {
    meaning: 'weekly subscriptions of the `digest` benchmark (100,000)',
  }),
  BENCH_SKIP_POSTGRES: doc(flag().default(false), {
    meaning: 'CMS benchmarks on SQLite only',
  }),
  BENCH_EXPLAIN: doc(flag().default(false), {
    meaning: '`monitoring` bench: print the query plan of each facts family',
  }),
  BENCH_PG_PORT: doc(port().optional(), {
    meaning: "port of the benchmarks' throw-away PostgreSQL",
  }),
  BENCH_DATABASES: doc(wordList(['sqlite', 'postgres']).default('sqlite,postgres'), {
    meaning: 'databases of the publish, CMS and digest benchmarks',
  }),
  BENCH_PHASES_SQLITE: doc(text().default('full,plain,latency1'), {
    meaning: 'phases of the publish benchmark on SQLite',
  }),
  BENCH_PHASES_POSTGRES: doc(text().default('full,latency1,latency2,full2'), {
    meaning: 'phases of the publish benchmark on PostgreSQL',
  }),
  BENCH_CASES: doc(text().default('a,b,c,d'), {
    meaning: 'latency cases of the publish benchmark',
  }),
  BENCH_WORKERS: doc(positiveInteger().default(2), {
    meaning: 'publishing workers of the publish benchmark',
  }),
  BENCH_TIMEOUT_S: doc(positiveInteger().default(1800), {
    meaning: 'seconds before a publish benchmark phase gives up',
  }),
  BENCH_BATCHES: doc(positiveInteger().default(3), {
    meaning: 'batches the publish benchmark waits for',
  }),
  BENCH_CPU_PROFILE: doc(text().optional(), {
    meaning: 'file to write a CPU profile of the latency phase to',
  }),
  BENCH_TMP: doc(text().optional(), {
    meaning: "parent folder of the publish benchmark's data",
    shown: 'the system temporary folder',
  }),
  LOAD_PARTS: doc(wordList(['sites', 'fanout']).default('sites,fanout'), {
    meaning: 'parts of `test:load`: the sites under nginx, the fan-out under editing',
  }),
  LOAD_DATABASES: doc(wordList(['sqlite', 'postgres']).default('sqlite,postgres'), {
    meaning: "databases of `test:load`'s fan-out part",
  }),
  LOAD_WRK_CONNECTIONS: doc(countUpTo(1000).default(64), {
    meaning: "wrk's open connections in `test:load`'s sites part",
  }),
  LOAD_WRK_SECONDS: doc(countUpTo(300).default(20), {
    meaning: "seconds of wrk's run in `test:load`'s sites part",
  }),
  LOAD_ORGS: doc(countUpTo(50_000).default(10_000), {
    meaning: "synthetic organizations of `test:load`'s fan-out part",
  }),
  LOAD_FANOUT_TIMEOUT_S: doc(countUpTo(3600).default(600), {
    meaning: 'seconds `test:load` waits for the fan-out, saving drafts meanwhile',
  }),
  LOAD_STRICT: doc(flag().default(false), {
    meaning: '`test:load` fails on a missed timing target (p95 < 1 s), not only reports it',
  }),
  LOAD_TMP: doc(text().optional(), {
    meaning: "parent folder of `test:load`'s run folder",
    shown: 'the system temporary folder',
  }),
  LOAD_KEEP: doc(flag().default(false), {
    meaning: "keep `test:load`'s run folder afterwards",
  }),
  LOAD_PG_PORT: doc(port().default(54371), {
    meaning: "port of `test:load`'s throw-away PostgreSQL",
  }),
  LOAD_PAUSE_MS: doc(wholeNumber().default(250), {
    meaning: "milliseconds between the draft saves of `test:load`'s editor",
  }),
  LOAD_BASELINE_SAVES: doc(positiveInteger().default(30), {
    meaning: 'draft saves measured before the fan-out (queue idle)',
  }),
  MIGRATE_PG_PORT: doc(port().default(54339), {
    meaning: "port of `migrate:create`'s throw-away PostgreSQL",
  }),
  TEST_DB: doc(oneOf(['sqlite', 'postgres', 'mongodb']).default('sqlite'), {
    meaning: 'database of the integration tests',
  }),
  TEST_MONGODB_URI: doc(text().optional(), {
    meaning: 'MongoDB replica set for the integration tests (skipped without it)',
    sensitive: true,
  }),
  TEST_POSTGRES_URI: doc(text().optional(), {
    meaning: 'an existing PostgreSQL for the integration tests instead of a throw-away one',
    sensitive: true,
  }),
  TEST_POSTGRES_PORT: doc(port().default(54329), {
    meaning: "port of the integration tests' throw-away PostgreSQL",
  }),
  TEST_WAIT_POSTGRES_PORT: doc(port().default(54346), {
    meaning: 'port of the PostgreSQL that `workerWaitsForDatabase` stops and starts',
  }),
  TEST_FAULT_POSTGRES_PORT: doc(port().default(54347), {
    meaning: 'port of the PostgreSQL that `publishFaultsPostgres` stops and starts',
  }),
  TEST_SEED: doc(wholeNumber().optional(), {
    meaning:
      'seed of the random publish tests (`publishRandom`, `publishStateRandom`), to replay one',
    shown: '`20261202` / `20261206`',
  }),
  TEST_STEPS: doc(positiveInteger().optional(), {
    meaning: 'edits of the random publish tests (`publishRandom`, `publishStateRandom`)',
    shown: '`14` / `24`',
  }),
  TEST_CHECK_EVERY: doc(positiveInteger().default(8), {
    meaning: '`publishStateRandom` compares the sites with a clean build after this many edits',
  }),
  FEED_SEED: doc(wholeNumber().default(20261122), {
    meaning: 'seed of the random federation of the feed query test (`feed`)',
  }),
  FAULT_SEED: doc(wholeNumber().default(13), {
    meaning: 'seed of the kills of `publishFaultsKill` (which process, when)',
  }),
  FAULT_LEASE_MS: doc(positiveInteger().default(3000), {
    meaning: "lease of `publishFaultsKill`'s workers in milliseconds",
  }),
  CONCURRENCY_SECONDS: doc(positiveInteger().default(25), {
    meaning: 'seconds of editing in `concurrentEditing`',
  }),
  CONCURRENCY_MAX_WRITES: doc(positiveInteger().default(150), {
    meaning: 'writes per editor at most in `concurrentEditing`',
  }),
  CI: doc(ciFlag().default(false), {
    meaning:
      'set by a CI service (any value but `0`/`false`): a test that did not run fails `npm test`',
  }),
})
