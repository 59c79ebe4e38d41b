import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "categories_slug_idx";
  ALTER TABLE "proposals" ALTER COLUMN "reach_scope" SET DEFAULT 'own';
  -- Waiting proposals took the old default (every site below), which the proposer never chose:
  -- they get the new one, the receiver's own site, and the reviewer may still widen it.
  UPDATE "proposals" SET "reach_scope" = 'own' WHERE "status" = 'pending';
  CREATE UNIQUE INDEX "organization_slug_idx" ON "categories" USING btree ("organization_id","slug");
  CREATE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "organization_slug_idx";
  DROP INDEX "categories_slug_idx";
  ALTER TABLE "proposals" ALTER COLUMN "reach_scope" SET DEFAULT 'subtree';
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");`)
}
