import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds" ADD COLUMN "renderer" varchar;
  CREATE INDEX "site_builds_renderer_idx" ON "site_builds" USING btree ("renderer");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "site_builds_renderer_idx";
  ALTER TABLE "site_builds" DROP COLUMN "renderer";`)
}
