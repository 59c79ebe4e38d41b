import { sql } from 'drizzle-orm'
import { createLocalReq, type Payload } from 'payload'
import { rawSql } from '../../cms/db/rawSql'
import { monitoringData } from '../../cms/monitoring/monitoringData'
import { subtreeIndicators } from '../../cms/monitoring/subtreeIndicators'
import { timeRepeated, type Stats } from './stats'
import type { SyntheticNetwork } from './syntheticNetwork'

/**
 * The federation's monitoring over the whole synthetic network (issue 18's target: the first
 * page under 1 s p95 at 10,000 orgs): subtreeIndicators alone (every grouped query and every
 * rule), then with the roll-ups as GET /api/monitoring/:id computes them, 20 runs each after 2
 * warm-ups. A tenth of the orgs review incoming items, so the backlog query has work to do.
 */
export async function monitoringBench(
  payload: Payload,
  network: SyntheticNetwork,
  runs = 20,
): Promise<{ rows: number; indicators: Stats; withRollups: Stats; cpuMs: number }> {
  const req = await createLocalReq(
    { user: { id: 0, role: 'platform-admin', collection: 'users' } as never },
    payload,
  )
  const db = await rawSql(req)
  await db!.run(sql`UPDATE organizations SET incoming_policy = 'review' WHERE id % 10 = 3`)
  const root = String(network.federation)
  const { rows } = await subtreeIndicators(req, root)
  const indicators = await timeRepeated(runs, 2, () => subtreeIndicators(req, root))
  // CPU time of this process per run: on a shared machine the wall clock also counts waiting for
  // a core (SQLite runs in this process, so its work is counted too).
  const cpu = process.cpuUsage()
  const withRollups = await timeRepeated(runs, 2, () => monitoringData(req, root))
  const used = process.cpuUsage(cpu)
  const cpuMs = Math.round((used.user + used.system) / 1000 / (runs + 2))
  return { rows: rows.length, indicators, withRollups, cpuMs }
}
