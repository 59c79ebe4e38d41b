import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_reach_kinds" AS ENUM('federation', 'union', 'territorial_association', 'territorial_org', 'primary_org');
  CREATE TYPE "public"."enum_events_reach_scope" AS ENUM('own', 'children', 'subtree');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_reach_kinds" AS ENUM('federation', 'union', 'territorial_association', 'territorial_org', 'primary_org');
  CREATE TYPE "public"."enum__events_v_version_reach_scope" AS ENUM('own', 'children', 'subtree');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_documents_reach_kinds" AS ENUM('federation', 'union', 'territorial_association', 'territorial_org', 'primary_org');
  CREATE TYPE "public"."enum_documents_reach_scope" AS ENUM('own', 'children', 'subtree');
  CREATE TABLE "organizations_leadership_elected_body_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" varchar
  );
  
  CREATE TABLE "events_reach_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_reach_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"all_day" boolean DEFAULT false,
  	"place" varchar,
  	"online_url" varchar,
  	"registration_url" varchar,
  	"lead" varchar,
  	"cover_id" integer,
  	"body" jsonb,
  	"slug" varchar,
  	"organization_id" integer,
  	"import_key" varchar,
  	"import_hash" varchar,
  	"last_edited_by_id" integer,
  	"reach_scope" "enum_events_reach_scope" DEFAULT 'subtree',
  	"reach_max_depth" numeric,
  	"reach_depth" numeric,
  	"receivers_federation" boolean,
  	"receivers_union" boolean,
  	"receivers_territorial_association" boolean,
  	"receivers_territorial_org" boolean,
  	"receivers_primary_org" boolean,
  	"end_recorded" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer
  );
  
  CREATE TABLE "_events_v_version_reach_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_reach_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_all_day" boolean DEFAULT false,
  	"version_place" varchar,
  	"version_online_url" varchar,
  	"version_registration_url" varchar,
  	"version_lead" varchar,
  	"version_cover_id" integer,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_organization_id" integer,
  	"version_import_key" varchar,
  	"version_import_hash" varchar,
  	"version_last_edited_by_id" integer,
  	"version_reach_scope" "enum__events_v_version_reach_scope" DEFAULT 'subtree',
  	"version_reach_max_depth" numeric,
  	"version_reach_depth" numeric,
  	"version_receivers_federation" boolean,
  	"version_receivers_union" boolean,
  	"version_receivers_territorial_association" boolean,
  	"version_receivers_territorial_org" boolean,
  	"version_receivers_primary_org" boolean,
  	"version_end_recorded" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer
  );
  
  CREATE TABLE "documents_reach_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_documents_reach_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "organizations" ADD COLUMN "social_max" varchar;
  ALTER TABLE "organizations" ADD COLUMN "social_telegram_chat" varchar;
  ALTER TABLE "organizations" ADD COLUMN "social_vk_chat" varchar;
  ALTER TABLE "organizations" ADD COLUMN "social_whatsapp" varchar;
  ALTER TABLE "organizations" ADD COLUMN "leadership_chairperson_name" varchar;
  ALTER TABLE "organizations" ADD COLUMN "leadership_chairperson_position" varchar;
  ALTER TABLE "organizations" ADD COLUMN "leadership_chairperson_photo_id" integer;
  ALTER TABLE "organizations" ADD COLUMN "leadership_chairperson_reception_hours" varchar;
  ALTER TABLE "organizations" ADD COLUMN "leadership_chairperson_phone" varchar;
  ALTER TABLE "organizations" ADD COLUMN "leadership_chairperson_email" varchar;
  ALTER TABLE "organizations" ADD COLUMN "leadership_elected_body_title" varchar;
  ALTER TABLE "documents" ADD COLUMN "reach_scope" "enum_documents_reach_scope" DEFAULT 'own' NOT NULL;
  ALTER TABLE "documents" ADD COLUMN "reach_max_depth" numeric;
  ALTER TABLE "documents" ADD COLUMN "reach_depth" numeric;
  ALTER TABLE "documents" ADD COLUMN "receivers_federation" boolean;
  ALTER TABLE "documents" ADD COLUMN "receivers_union" boolean;
  ALTER TABLE "documents" ADD COLUMN "receivers_territorial_association" boolean;
  ALTER TABLE "documents" ADD COLUMN "receivers_territorial_org" boolean;
  ALTER TABLE "documents" ADD COLUMN "receivers_primary_org" boolean;
  UPDATE "documents" SET "reach_depth" = 0 WHERE "reach_depth" IS NULL;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "organizations_leadership_elected_body_members" ADD CONSTRAINT "organizations_leadership_elected_body_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_reach_kinds" ADD CONSTRAINT "events_reach_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_reach_kinds" ADD CONSTRAINT "_events_v_version_reach_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_reach_kinds" ADD CONSTRAINT "documents_reach_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "organizations_leadership_elected_body_members_order_idx" ON "organizations_leadership_elected_body_members" USING btree ("_order");
  CREATE INDEX "organizations_leadership_elected_body_members_parent_id_idx" ON "organizations_leadership_elected_body_members" USING btree ("_parent_id");
  CREATE INDEX "events_reach_kinds_order_idx" ON "events_reach_kinds" USING btree ("order");
  CREATE INDEX "events_reach_kinds_parent_idx" ON "events_reach_kinds" USING btree ("parent_id");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_ends_at_idx" ON "events" USING btree ("ends_at");
  CREATE INDEX "events_cover_idx" ON "events" USING btree ("cover_id");
  CREATE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_organization_idx" ON "events" USING btree ("organization_id");
  CREATE UNIQUE INDEX "events_import_key_idx" ON "events" USING btree ("import_key");
  CREATE INDEX "events_last_edited_by_idx" ON "events" USING btree ("last_edited_by_id");
  CREATE INDEX "events_reach_depth_idx" ON "events" USING btree ("reach_depth");
  CREATE INDEX "events_end_recorded_idx" ON "events" USING btree ("end_recorded");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "organization_startsAt_idx" ON "events" USING btree ("organization_id","starts_at");
  CREATE INDEX "_status_endsAt_idx" ON "events" USING btree ("_status","ends_at");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_organizations_id_idx" ON "events_rels" USING btree ("organizations_id");
  CREATE INDEX "_events_v_version_reach_kinds_order_idx" ON "_events_v_version_reach_kinds" USING btree ("order");
  CREATE INDEX "_events_v_version_reach_kinds_parent_idx" ON "_events_v_version_reach_kinds" USING btree ("parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_ends_at_idx" ON "_events_v" USING btree ("version_ends_at");
  CREATE INDEX "_events_v_version_version_cover_idx" ON "_events_v" USING btree ("version_cover_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_organization_idx" ON "_events_v" USING btree ("version_organization_id");
  CREATE INDEX "_events_v_version_version_import_key_idx" ON "_events_v" USING btree ("version_import_key");
  CREATE INDEX "_events_v_version_version_last_edited_by_idx" ON "_events_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_events_v_version_version_reach_depth_idx" ON "_events_v" USING btree ("version_reach_depth");
  CREATE INDEX "_events_v_version_version_end_recorded_idx" ON "_events_v" USING btree ("version_end_recorded");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "version_organization_version_startsAt_idx" ON "_events_v" USING btree ("version_organization_id","version_starts_at");
  CREATE INDEX "version__status_version_endsAt_idx" ON "_events_v" USING btree ("version__status","version_ends_at");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_organizations_id_idx" ON "_events_v_rels" USING btree ("organizations_id");
  CREATE INDEX "documents_reach_kinds_order_idx" ON "documents_reach_kinds" USING btree ("order");
  CREATE INDEX "documents_reach_kinds_parent_idx" ON "documents_reach_kinds" USING btree ("parent_id");
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_leadership_chairperson_photo_id_media_id_fk" FOREIGN KEY ("leadership_chairperson_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "organizations_leadership_chairperson_leadership_chairper_idx" ON "organizations" USING btree ("leadership_chairperson_photo_id");
  CREATE INDEX "documents_reach_depth_idx" ON "documents" USING btree ("reach_depth");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organizations_leadership_elected_body_members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_reach_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_reach_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents_reach_kinds" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "organizations_leadership_elected_body_members" CASCADE;
  DROP TABLE "events_reach_kinds" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v_version_reach_kinds" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "documents_reach_kinds" CASCADE;
  ALTER TABLE "organizations" DROP CONSTRAINT "organizations_leadership_chairperson_photo_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  DROP INDEX "organizations_leadership_chairperson_leadership_chairper_idx";
  DROP INDEX "documents_reach_depth_idx";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  ALTER TABLE "organizations" DROP COLUMN "social_max";
  ALTER TABLE "organizations" DROP COLUMN "social_telegram_chat";
  ALTER TABLE "organizations" DROP COLUMN "social_vk_chat";
  ALTER TABLE "organizations" DROP COLUMN "social_whatsapp";
  ALTER TABLE "organizations" DROP COLUMN "leadership_chairperson_name";
  ALTER TABLE "organizations" DROP COLUMN "leadership_chairperson_position";
  ALTER TABLE "organizations" DROP COLUMN "leadership_chairperson_photo_id";
  ALTER TABLE "organizations" DROP COLUMN "leadership_chairperson_reception_hours";
  ALTER TABLE "organizations" DROP COLUMN "leadership_chairperson_phone";
  ALTER TABLE "organizations" DROP COLUMN "leadership_chairperson_email";
  ALTER TABLE "organizations" DROP COLUMN "leadership_elected_body_title";
  ALTER TABLE "documents" DROP COLUMN "reach_scope";
  ALTER TABLE "documents" DROP COLUMN "reach_max_depth";
  ALTER TABLE "documents" DROP COLUMN "reach_depth";
  ALTER TABLE "documents" DROP COLUMN "receivers_federation";
  ALTER TABLE "documents" DROP COLUMN "receivers_union";
  ALTER TABLE "documents" DROP COLUMN "receivers_territorial_association";
  ALTER TABLE "documents" DROP COLUMN "receivers_territorial_org";
  ALTER TABLE "documents" DROP COLUMN "receivers_primary_org";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  DROP TYPE "public"."enum_events_reach_kinds";
  DROP TYPE "public"."enum_events_reach_scope";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_reach_kinds";
  DROP TYPE "public"."enum__events_v_version_reach_scope";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum_documents_reach_kinds";
  DROP TYPE "public"."enum_documents_reach_scope";`)
}
