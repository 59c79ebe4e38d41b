import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_publish_changes_kind" AS ENUM('post', 'local', 'media', 'identity', 'everything');
  CREATE TABLE "site_builds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"host" varchar NOT NULL,
  	"organization_id" integer,
  	"org_path" varchar,
  	"published_at" timestamp(3) with time zone,
  	"last_pages" numeric,
  	"last_duration_ms" numeric,
  	"pending_since" timestamp(3) with time zone,
  	"last_reason" varchar,
  	"last_error" varchar,
  	"last_error_at" timestamp(3) with time zone,
  	"requested" numeric DEFAULT 0,
  	"built" numeric DEFAULT 0,
  	"claimed_gen" numeric,
  	"lease_owner" varchar,
  	"lease_until" timestamp(3) with time zone,
  	"attempts" numeric DEFAULT 0,
  	"retry_after" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "publish_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_publish_changes_kind" NOT NULL,
  	"org" varchar,
  	"post" varchar,
  	"media" varchar,
  	"reaches" jsonb,
  	"former_upstream" jsonb,
  	"reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_builds_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "publish_changes_id" integer;
  ALTER TABLE "site_builds" ADD CONSTRAINT "site_builds_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "site_builds_host_idx" ON "site_builds" USING btree ("host");
  CREATE INDEX "site_builds_organization_idx" ON "site_builds" USING btree ("organization_id");
  CREATE INDEX "site_builds_org_path_idx" ON "site_builds" USING btree ("org_path");
  CREATE INDEX "site_builds_lease_until_idx" ON "site_builds" USING btree ("lease_until");
  CREATE INDEX "site_builds_updated_at_idx" ON "site_builds" USING btree ("updated_at");
  CREATE INDEX "site_builds_created_at_idx" ON "site_builds" USING btree ("created_at");
  CREATE INDEX "publish_changes_updated_at_idx" ON "publish_changes" USING btree ("updated_at");
  CREATE INDEX "publish_changes_created_at_idx" ON "publish_changes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_builds_fk" FOREIGN KEY ("site_builds_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publish_changes_fk" FOREIGN KEY ("publish_changes_id") REFERENCES "public"."publish_changes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_site_builds_id_idx" ON "payload_locked_documents_rels" USING btree ("site_builds_id");
  CREATE INDEX "payload_locked_documents_rels_publish_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("publish_changes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "publish_changes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_builds" CASCADE;
  DROP TABLE "publish_changes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_builds_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_publish_changes_fk";
  
  DROP INDEX "payload_locked_documents_rels_site_builds_id_idx";
  DROP INDEX "payload_locked_documents_rels_publish_changes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_builds_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "publish_changes_id";
  DROP TYPE "public"."enum_publish_changes_kind";`)
}
