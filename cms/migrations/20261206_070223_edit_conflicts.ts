import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organizations" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "posts" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_posts_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "pages" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "organizations_last_edited_by_idx" ON "organizations" USING btree ("last_edited_by_id");
  CREATE INDEX "posts_last_edited_by_idx" ON "posts" USING btree ("last_edited_by_id");
  CREATE INDEX "_posts_v_version_version_last_edited_by_idx" ON "_posts_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "pages_last_edited_by_idx" ON "pages" USING btree ("last_edited_by_id");
  CREATE INDEX "_pages_v_version_version_last_edited_by_idx" ON "_pages_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "documents_last_edited_by_idx" ON "documents" USING btree ("last_edited_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organizations" DROP CONSTRAINT "organizations_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "posts" DROP CONSTRAINT "posts_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_posts_v" DROP CONSTRAINT "_posts_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_last_edited_by_id_users_id_fk";
  
  DROP INDEX "organizations_last_edited_by_idx";
  DROP INDEX "posts_last_edited_by_idx";
  DROP INDEX "_posts_v_version_version_last_edited_by_idx";
  DROP INDEX "pages_last_edited_by_idx";
  DROP INDEX "_pages_v_version_version_last_edited_by_idx";
  DROP INDEX "documents_last_edited_by_idx";
  ALTER TABLE "organizations" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "posts" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_posts_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "pages" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "documents" DROP COLUMN "last_edited_by_id";`)
}
