/**
 * `npm run test:load`: the load test of issue 13, bounded in time, on 127.0.0.1 only.
 *   Part 1: the demo sites published into a temporary folder and served by nginx with the
 *           generated config; wrk rotates over every host's pages, feeds, sitemap, an asset and
 *           an image (requests/s, p50/p99; any error fails the run).
 *   Part 2: an editor's draft saves through the admin API (`next dev`, as `npm start`) before
 *           and while a federation post is published to LOAD_ORGS synthetic sites, on SQLite and
 *           PostgreSQL (p95 target 1 s; every save stored, every site showing the post).
 * Environment: the LOAD_* variables (config/developerVariables.ts, the README's second
 * configuration table), e.g. LOAD_PARTS=fanout LOAD_DATABASES=postgres LOAD_ORGS=1000; a bad
 * value stops the run before anything starts. Needs nginx, wrk and PostgreSQL; must run alone
 * (one `next dev` per cms/.next).
 */
import { loadOptions } from '../tools/load/loadOptions'
import { runLoadTest } from '../tools/load/runLoadTest'

process.exit(await runLoadTest(loadOptions()))
