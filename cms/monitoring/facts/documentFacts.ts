import { sql } from 'drizzle-orm'
import { sqlDate, sqlNumber, type SqlDb } from '../../db/rawSql'
import { packedRows } from './packedRows'
import { withSubtree, type SubtreeScope } from './subtreeSql'

export interface DocumentFacts {
  publicReportAt: Date | null
  collectiveAgreement: boolean
}

/**
 * Per org of the subtree: when its public report of `reportYear` was first uploaded, and
 * whether it has a collective agreement — one grouped statement over the documents'
 * organization_id index (doc_type and year are indexed too).
 */
export async function documentFacts(
  db: SqlDb,
  root: SubtreeScope,
  reportYear: number,
): Promise<Map<string, DocumentFacts>> {
  const rows = await packedRows(
    db,
    ['org', 'report_at', 'agreements'],
    sql`${withSubtree(root)}
    SELECT d.organization_id AS org,
      MIN(CASE WHEN d.doc_type = 'public_report' THEN d.created_at END) AS report_at,
      SUM(CASE WHEN d.doc_type = 'collective_agreement' THEN 1 ELSE 0 END) AS agreements
    FROM sub CROSS JOIN documents d
    WHERE d.organization_id = sub.id AND (d.doc_type = 'collective_agreement'
      OR (d.doc_type = 'public_report' AND d.year = ${reportYear}))
    GROUP BY d.organization_id`,
  )
  return new Map(
    rows.map((r) => [
      String(r.org),
      {
        publicReportAt: r.report_at ? new Date(sqlDate(r.report_at)) : null,
        collectiveAgreement: sqlNumber(r.agreements) > 0,
      },
    ]),
  )
}
