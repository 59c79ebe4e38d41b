/**
 * `npm run test:load`: the load test of issue 13, bounded in time, on 127.0.0.1 only.
 *   Part 1: the demo sites published into a temporary folder and served by nginx with the
 *           generated config; wrk rotates over every host's pages, feeds, sitemap, an asset and
 *           an image (requests/s, p50/p99; any error fails the run).
 *   Part 2: an editor's draft saves through the admin API (`next dev`, as `npm start`) before
 *           and while a federation post is published to LOAD_ORGS synthetic sites, on SQLite and
 *           PostgreSQL (p95 target 1 s; every save stored, every site showing the post).
 * Environment: LOAD_PARTS (sites,fanout), LOAD_DATABASES (sqlite,postgres), LOAD_ORGS (10000),
 * LOAD_WRK_SECONDS (20), LOAD_WRK_CONNECTIONS (64), LOAD_FANOUT_TIMEOUT_S (600),
 * LOAD_STRICT=1 (a missed timing target fails the run), LOAD_TMP (the run's folder's parent),
 * LOAD_KEEP=1 (keep that folder). Needs nginx, wrk and PostgreSQL; must run alone (one
 * `next dev` per cms/.next).
 */
import { loadOptions } from '../tools/load/loadOptions'
import { runLoadTest } from '../tools/load/runLoadTest'

process.exit(await runLoadTest(loadOptions(process.env)))
