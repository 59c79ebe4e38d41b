import type { PayloadRequest } from 'payload'
import { hasRawSql, rawSql, type SqlDb } from '../db/rawSql'

/**
 * What the admin and the endpoints say where the monitoring cannot run: its facts are grouped
 * SQL statements over the subtree (cms/monitoring/facts), and MongoDB has no SQL.
 */
export const MONITORING_NEEDS_SQL =
  'Мониторинг пока работает только на SQLite и PostgreSQL: в этой установке база данных MongoDB, и показатели не считаются.'

/** Thrown by the monitoring's SQL steps on MongoDB; the endpoints answer 501, the view says so. */
export class MonitoringNeedsSql extends Error {
  constructor() {
    super('the monitoring needs SQLite or PostgreSQL (the database is MongoDB)')
    this.name = 'MonitoringNeedsSql'
  }
}

/** Whether the monitoring (indicators, exports, snapshots, reminders) runs on this database. */
export const monitoringAvailable = (payload: PayloadRequest['payload']): boolean =>
  hasRawSql(payload)

/** The request's SQL for the monitoring's statements, or MonitoringNeedsSql on MongoDB. */
export async function monitoringSql(req: PayloadRequest): Promise<SqlDb> {
  const db = await rawSql(req)
  if (!db) throw new MonitoringNeedsSql()
  return db
}
