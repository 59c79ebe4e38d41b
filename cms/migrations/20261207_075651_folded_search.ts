import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organizations" ADD COLUMN "name_folded" varchar;
  ALTER TABLE "organizations" ADD COLUMN "short_name_folded" varchar;
  ALTER TABLE "users" ADD COLUMN "name_folded" varchar;
  ALTER TABLE "posts" ADD COLUMN "title_folded" varchar;
  ALTER TABLE "posts" ADD COLUMN "lead_folded" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_title_folded" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_lead_folded" varchar;
  ALTER TABLE "events" ADD COLUMN "title_folded" varchar;
  ALTER TABLE "events" ADD COLUMN "lead_folded" varchar;
  ALTER TABLE "events" ADD COLUMN "place_folded" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_title_folded" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_lead_folded" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_place_folded" varchar;
  ALTER TABLE "pages" ADD COLUMN "title_folded" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_title_folded" varchar;
  ALTER TABLE "documents" ADD COLUMN "title_folded" varchar;
  ALTER TABLE "media" ADD COLUMN "alt_folded" varchar;
  ALTER TABLE "categories" ADD COLUMN "title_folded" varchar;
  ALTER TABLE "inquiries" ADD COLUMN "title_folded" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organizations" DROP COLUMN "name_folded";
  ALTER TABLE "organizations" DROP COLUMN "short_name_folded";
  ALTER TABLE "users" DROP COLUMN "name_folded";
  ALTER TABLE "posts" DROP COLUMN "title_folded";
  ALTER TABLE "posts" DROP COLUMN "lead_folded";
  ALTER TABLE "_posts_v" DROP COLUMN "version_title_folded";
  ALTER TABLE "_posts_v" DROP COLUMN "version_lead_folded";
  ALTER TABLE "events" DROP COLUMN "title_folded";
  ALTER TABLE "events" DROP COLUMN "lead_folded";
  ALTER TABLE "events" DROP COLUMN "place_folded";
  ALTER TABLE "_events_v" DROP COLUMN "version_title_folded";
  ALTER TABLE "_events_v" DROP COLUMN "version_lead_folded";
  ALTER TABLE "_events_v" DROP COLUMN "version_place_folded";
  ALTER TABLE "pages" DROP COLUMN "title_folded";
  ALTER TABLE "_pages_v" DROP COLUMN "version_title_folded";
  ALTER TABLE "documents" DROP COLUMN "title_folded";
  ALTER TABLE "media" DROP COLUMN "alt_folded";
  ALTER TABLE "categories" DROP COLUMN "title_folded";
  ALTER TABLE "inquiries" DROP COLUMN "title_folded";`)
}
