import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" ADD COLUMN "reach_named_within" boolean;
  ALTER TABLE "posts" ADD COLUMN "reach_named_except" boolean;
  ALTER TABLE "_posts_v" ADD COLUMN "version_reach_named_within" boolean;
  ALTER TABLE "_posts_v" ADD COLUMN "version_reach_named_except" boolean;
  ALTER TABLE "events" ADD COLUMN "reach_named_within" boolean;
  ALTER TABLE "events" ADD COLUMN "reach_named_except" boolean;
  ALTER TABLE "_events_v" ADD COLUMN "version_reach_named_within" boolean;
  ALTER TABLE "_events_v" ADD COLUMN "version_reach_named_except" boolean;
  ALTER TABLE "documents" ADD COLUMN "reach_named_within" boolean;
  ALTER TABLE "documents" ADD COLUMN "reach_named_except" boolean;
  ALTER TABLE "proposals" ADD COLUMN "reach_named_within" boolean;
  ALTER TABLE "proposals" ADD COLUMN "reach_named_except" boolean;
  ALTER TABLE "reposts" ADD COLUMN "reach_named_within" boolean;
  ALTER TABLE "reposts" ADD COLUMN "reach_named_except" boolean;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" DROP COLUMN "reach_named_within";
  ALTER TABLE "posts" DROP COLUMN "reach_named_except";
  ALTER TABLE "_posts_v" DROP COLUMN "version_reach_named_within";
  ALTER TABLE "_posts_v" DROP COLUMN "version_reach_named_except";
  ALTER TABLE "events" DROP COLUMN "reach_named_within";
  ALTER TABLE "events" DROP COLUMN "reach_named_except";
  ALTER TABLE "_events_v" DROP COLUMN "version_reach_named_within";
  ALTER TABLE "_events_v" DROP COLUMN "version_reach_named_except";
  ALTER TABLE "documents" DROP COLUMN "reach_named_within";
  ALTER TABLE "documents" DROP COLUMN "reach_named_except";
  ALTER TABLE "proposals" DROP COLUMN "reach_named_within";
  ALTER TABLE "proposals" DROP COLUMN "reach_named_except";
  ALTER TABLE "reposts" DROP COLUMN "reach_named_within";
  ALTER TABLE "reposts" DROP COLUMN "reach_named_except";`)
}
