import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feed_decisions" ADD COLUMN "title" varchar;
  -- Decisions saved before the title: «Закреплён: <item>», as setDecisionTitle writes it
  -- (domain/syndication/decisionTitle.ts; long titles are cut a little shorter here).
  UPDATE "feed_decisions" AS d SET "title" =
    (CASE d."action" WHEN 'hide' THEN 'Скрыт' WHEN 'pin' THEN 'Закреплён' ELSE 'Принят' END)
    || ': ' || left(p."title", 150)
  FROM "posts" AS p WHERE p."id" = d."post_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feed_decisions" DROP COLUMN "title";`)
}
