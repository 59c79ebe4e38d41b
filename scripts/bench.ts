/**
 * `npm run bench [cms-feed|cms-syndication|form|publish|digest|monitoring|admin-routes]`: speed figures, printed (targets are met
 * here, never in timed unit tests). Each runs on SQLite and on a throw-away PostgreSQL server.
 *   cms-feed         "20 newest posts of an org", 5,000 orgs / 50,000 posts
 *   cms-syndication  feed of a ППО at depth 4, 10,000 orgs / 200,000 posts; receivers of a
 *                    federation post (BENCH_ORGS / BENCH_POSTS change the sizes)
 *   form             the public form endpoint (POST /api/forms/inquiry) over HTTP on 127.0.0.1
 *                    with its rate limits on: accepted inquiries and a flood from one address
 *   publish          full build and publish-to-live latency of the publishing pipeline,
 *                    1,000 orgs (BENCH_ORGS); only when named, as it takes many minutes
 *   digest           the weekly digest: 100,000 subscriptions (BENCH_SUBSCRIBERS) over 10,000
 *                    orgs (BENCH_ORGS), rendered and handed to an SMTP sink on 127.0.0.1; only
 *                    when named. Seeded in one process, sent from a fresh one on the same
 *                    database: the sender's own peak RSS and time are the figures
 *   monitoring       the federation's subtreeIndicators (every indicator of every org), 10,000
 *                    orgs / 100,000 posts (BENCH_ORGS / BENCH_POSTS), 20 runs; only when named
 *   admin-routes     every admin route of the demo as `npm start` serves it (the production
 *                    build under next start, built first if the admin's sources changed), in
 *                    Chromium: first visit, then 5 warm visits each; SQLite only, only when named
 * BENCH_DATABASES=sqlite (or postgres) runs the CMS benchmarks and the digest on one database.
 */
import { assumeDevelopmentMachine } from '../config'
import { runBench } from '../tools/bench/runBench'

// Benchmarks run throwaway databases: the development secret is fine for them and their children.
assumeDevelopmentMachine()
await runBench(process.argv[2])
