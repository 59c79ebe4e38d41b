import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_organizations_incoming_policy" AS ENUM('auto', 'review');
  CREATE TYPE "public"."enum_posts_reach_kinds" AS ENUM('federation', 'union', 'territorial_association', 'territorial_org', 'primary_org');
  CREATE TYPE "public"."enum_posts_reach_scope" AS ENUM('own', 'children', 'subtree');
  CREATE TYPE "public"."enum__posts_v_version_reach_kinds" AS ENUM('federation', 'union', 'territorial_association', 'territorial_org', 'primary_org');
  CREATE TYPE "public"."enum__posts_v_version_reach_scope" AS ENUM('own', 'children', 'subtree');
  CREATE TYPE "public"."enum_proposals_reach_kinds" AS ENUM('federation', 'union', 'territorial_association', 'territorial_org', 'primary_org');
  CREATE TYPE "public"."enum_proposals_status" AS ENUM('pending', 'accepted', 'declined');
  CREATE TYPE "public"."enum_proposals_reach_scope" AS ENUM('own', 'children', 'subtree');
  CREATE TYPE "public"."enum_reposts_reach_kinds" AS ENUM('federation', 'union', 'territorial_association', 'territorial_org', 'primary_org');
  CREATE TYPE "public"."enum_reposts_reach_scope" AS ENUM('own', 'children', 'subtree');
  CREATE TYPE "public"."enum_feed_decisions_action" AS ENUM('hide', 'pin', 'accept');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifyEditors' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifyEditors' BEFORE 'schedulePublish';
  CREATE TABLE "posts_reach_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_posts_reach_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_posts_v_version_reach_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__posts_v_version_reach_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "proposals_reach_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_proposals_reach_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "proposals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"post_id" integer NOT NULL,
  	"organization_id" integer NOT NULL,
  	"note" varchar,
  	"status" "enum_proposals_status" DEFAULT 'pending' NOT NULL,
  	"reason" varchar,
  	"reach_scope" "enum_proposals_reach_scope" DEFAULT 'subtree' NOT NULL,
  	"reach_max_depth" numeric,
  	"reach_depth" numeric,
  	"receivers_federation" boolean,
  	"receivers_union" boolean,
  	"receivers_territorial_association" boolean,
  	"receivers_territorial_org" boolean,
  	"receivers_primary_org" boolean,
  	"decided_at" timestamp(3) with time zone,
  	"from_organization_id" integer,
  	"import_key" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "proposals_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer
  );
  
  CREATE TABLE "reposts_reach_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_reposts_reach_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "reposts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"post_id" integer NOT NULL,
  	"reach_scope" "enum_reposts_reach_scope" DEFAULT 'subtree' NOT NULL,
  	"reach_max_depth" numeric,
  	"reach_depth" numeric,
  	"receivers_federation" boolean,
  	"receivers_union" boolean,
  	"receivers_territorial_association" boolean,
  	"receivers_territorial_org" boolean,
  	"receivers_primary_org" boolean,
  	"organization_id" integer NOT NULL,
  	"import_key" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reposts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer
  );
  
  CREATE TABLE "feed_decisions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"post_id" integer NOT NULL,
  	"action" "enum_feed_decisions_action" NOT NULL,
  	"until" timestamp(3) with time zone,
  	"organization_id" integer NOT NULL,
  	"import_key" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feed_decisions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer
  );
  
  ALTER TABLE "organizations" ADD COLUMN "incoming_policy" "enum_organizations_incoming_policy" DEFAULT 'auto' NOT NULL;
  ALTER TABLE "posts" ADD COLUMN "reach_scope" "enum_posts_reach_scope" DEFAULT 'subtree';
  ALTER TABLE "posts" ADD COLUMN "reach_max_depth" numeric;
  ALTER TABLE "posts" ADD COLUMN "reach_depth" numeric;
  ALTER TABLE "posts" ADD COLUMN "receivers_federation" boolean;
  ALTER TABLE "posts" ADD COLUMN "receivers_union" boolean;
  ALTER TABLE "posts" ADD COLUMN "receivers_territorial_association" boolean;
  ALTER TABLE "posts" ADD COLUMN "receivers_territorial_org" boolean;
  ALTER TABLE "posts" ADD COLUMN "receivers_primary_org" boolean;
  ALTER TABLE "posts" ADD COLUMN "mandatory" boolean DEFAULT false;
  ALTER TABLE "_posts_v" ADD COLUMN "version_reach_scope" "enum__posts_v_version_reach_scope" DEFAULT 'subtree';
  ALTER TABLE "_posts_v" ADD COLUMN "version_reach_max_depth" numeric;
  ALTER TABLE "_posts_v" ADD COLUMN "version_reach_depth" numeric;
  ALTER TABLE "_posts_v" ADD COLUMN "version_receivers_federation" boolean;
  ALTER TABLE "_posts_v" ADD COLUMN "version_receivers_union" boolean;
  ALTER TABLE "_posts_v" ADD COLUMN "version_receivers_territorial_association" boolean;
  ALTER TABLE "_posts_v" ADD COLUMN "version_receivers_territorial_org" boolean;
  ALTER TABLE "_posts_v" ADD COLUMN "version_receivers_primary_org" boolean;
  ALTER TABLE "_posts_v" ADD COLUMN "version_mandatory" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "proposals_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reposts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feed_decisions_id" integer;
  ALTER TABLE "posts_reach_kinds" ADD CONSTRAINT "posts_reach_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_version_reach_kinds" ADD CONSTRAINT "_posts_v_version_reach_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposals_reach_kinds" ADD CONSTRAINT "proposals_reach_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_from_organization_id_organizations_id_fk" FOREIGN KEY ("from_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "proposals_rels" ADD CONSTRAINT "proposals_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposals_rels" ADD CONSTRAINT "proposals_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reposts_reach_kinds" ADD CONSTRAINT "reposts_reach_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reposts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reposts" ADD CONSTRAINT "reposts_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reposts" ADD CONSTRAINT "reposts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reposts_rels" ADD CONSTRAINT "reposts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reposts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reposts_rels" ADD CONSTRAINT "reposts_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feed_decisions" ADD CONSTRAINT "feed_decisions_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feed_decisions" ADD CONSTRAINT "feed_decisions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feed_decisions_rels" ADD CONSTRAINT "feed_decisions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."feed_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feed_decisions_rels" ADD CONSTRAINT "feed_decisions_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "posts_reach_kinds_order_idx" ON "posts_reach_kinds" USING btree ("order");
  CREATE INDEX "posts_reach_kinds_parent_idx" ON "posts_reach_kinds" USING btree ("parent_id");
  CREATE INDEX "_posts_v_version_reach_kinds_order_idx" ON "_posts_v_version_reach_kinds" USING btree ("order");
  CREATE INDEX "_posts_v_version_reach_kinds_parent_idx" ON "_posts_v_version_reach_kinds" USING btree ("parent_id");
  CREATE INDEX "proposals_reach_kinds_order_idx" ON "proposals_reach_kinds" USING btree ("order");
  CREATE INDEX "proposals_reach_kinds_parent_idx" ON "proposals_reach_kinds" USING btree ("parent_id");
  CREATE INDEX "proposals_post_idx" ON "proposals" USING btree ("post_id");
  CREATE INDEX "proposals_organization_idx" ON "proposals" USING btree ("organization_id");
  CREATE INDEX "proposals_status_idx" ON "proposals" USING btree ("status");
  CREATE INDEX "proposals_reach_depth_idx" ON "proposals" USING btree ("reach_depth");
  CREATE INDEX "proposals_from_organization_idx" ON "proposals" USING btree ("from_organization_id");
  CREATE UNIQUE INDEX "proposals_import_key_idx" ON "proposals" USING btree ("import_key");
  CREATE INDEX "proposals_updated_at_idx" ON "proposals" USING btree ("updated_at");
  CREATE INDEX "proposals_created_at_idx" ON "proposals" USING btree ("created_at");
  CREATE UNIQUE INDEX "post_organization_idx" ON "proposals" USING btree ("post_id","organization_id");
  CREATE INDEX "proposals_rels_order_idx" ON "proposals_rels" USING btree ("order");
  CREATE INDEX "proposals_rels_parent_idx" ON "proposals_rels" USING btree ("parent_id");
  CREATE INDEX "proposals_rels_path_idx" ON "proposals_rels" USING btree ("path");
  CREATE INDEX "proposals_rels_organizations_id_idx" ON "proposals_rels" USING btree ("organizations_id");
  CREATE INDEX "reposts_reach_kinds_order_idx" ON "reposts_reach_kinds" USING btree ("order");
  CREATE INDEX "reposts_reach_kinds_parent_idx" ON "reposts_reach_kinds" USING btree ("parent_id");
  CREATE INDEX "reposts_post_idx" ON "reposts" USING btree ("post_id");
  CREATE INDEX "reposts_reach_depth_idx" ON "reposts" USING btree ("reach_depth");
  CREATE INDEX "reposts_organization_idx" ON "reposts" USING btree ("organization_id");
  CREATE UNIQUE INDEX "reposts_import_key_idx" ON "reposts" USING btree ("import_key");
  CREATE INDEX "reposts_updated_at_idx" ON "reposts" USING btree ("updated_at");
  CREATE INDEX "reposts_created_at_idx" ON "reposts" USING btree ("created_at");
  CREATE UNIQUE INDEX "organization_post_idx" ON "reposts" USING btree ("organization_id","post_id");
  CREATE INDEX "reposts_rels_order_idx" ON "reposts_rels" USING btree ("order");
  CREATE INDEX "reposts_rels_parent_idx" ON "reposts_rels" USING btree ("parent_id");
  CREATE INDEX "reposts_rels_path_idx" ON "reposts_rels" USING btree ("path");
  CREATE INDEX "reposts_rels_organizations_id_idx" ON "reposts_rels" USING btree ("organizations_id");
  CREATE INDEX "feed_decisions_post_idx" ON "feed_decisions" USING btree ("post_id");
  CREATE INDEX "feed_decisions_action_idx" ON "feed_decisions" USING btree ("action");
  CREATE INDEX "feed_decisions_organization_idx" ON "feed_decisions" USING btree ("organization_id");
  CREATE UNIQUE INDEX "feed_decisions_import_key_idx" ON "feed_decisions" USING btree ("import_key");
  CREATE INDEX "feed_decisions_updated_at_idx" ON "feed_decisions" USING btree ("updated_at");
  CREATE INDEX "feed_decisions_created_at_idx" ON "feed_decisions" USING btree ("created_at");
  CREATE UNIQUE INDEX "organization_post_action_idx" ON "feed_decisions" USING btree ("organization_id","post_id","action");
  CREATE INDEX "feed_decisions_rels_order_idx" ON "feed_decisions_rels" USING btree ("order");
  CREATE INDEX "feed_decisions_rels_parent_idx" ON "feed_decisions_rels" USING btree ("parent_id");
  CREATE INDEX "feed_decisions_rels_path_idx" ON "feed_decisions_rels" USING btree ("path");
  CREATE INDEX "feed_decisions_rels_organizations_id_idx" ON "feed_decisions_rels" USING btree ("organizations_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_proposals_fk" FOREIGN KEY ("proposals_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reposts_fk" FOREIGN KEY ("reposts_id") REFERENCES "public"."reposts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feed_decisions_fk" FOREIGN KEY ("feed_decisions_id") REFERENCES "public"."feed_decisions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "posts_reach_depth_idx" ON "posts" USING btree ("reach_depth");
  CREATE INDEX "posts_mandatory_idx" ON "posts" USING btree ("mandatory");
  CREATE INDEX "_posts_v_version_version_reach_depth_idx" ON "_posts_v" USING btree ("version_reach_depth");
  CREATE INDEX "_posts_v_version_version_mandatory_idx" ON "_posts_v" USING btree ("version_mandatory");
  CREATE INDEX "payload_locked_documents_rels_proposals_id_idx" ON "payload_locked_documents_rels" USING btree ("proposals_id");
  CREATE INDEX "payload_locked_documents_rels_reposts_id_idx" ON "payload_locked_documents_rels" USING btree ("reposts_id");
  CREATE INDEX "payload_locked_documents_rels_feed_decisions_id_idx" ON "payload_locked_documents_rels" USING btree ("feed_decisions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts_reach_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_posts_v_version_reach_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proposals_reach_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proposals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "proposals_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reposts_reach_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reposts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reposts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feed_decisions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feed_decisions_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "posts_reach_kinds" CASCADE;
  DROP TABLE "_posts_v_version_reach_kinds" CASCADE;
  DROP TABLE "proposals_reach_kinds" CASCADE;
  DROP TABLE "proposals" CASCADE;
  DROP TABLE "proposals_rels" CASCADE;
  DROP TABLE "reposts_reach_kinds" CASCADE;
  DROP TABLE "reposts" CASCADE;
  DROP TABLE "reposts_rels" CASCADE;
  DROP TABLE "feed_decisions" CASCADE;
  DROP TABLE "feed_decisions_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_proposals_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reposts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feed_decisions_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshOrgSubtree', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshOrgSubtree', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "posts_reach_depth_idx";
  DROP INDEX "posts_mandatory_idx";
  DROP INDEX "_posts_v_version_version_reach_depth_idx";
  DROP INDEX "_posts_v_version_version_mandatory_idx";
  DROP INDEX "payload_locked_documents_rels_proposals_id_idx";
  DROP INDEX "payload_locked_documents_rels_reposts_id_idx";
  DROP INDEX "payload_locked_documents_rels_feed_decisions_id_idx";
  ALTER TABLE "organizations" DROP COLUMN "incoming_policy";
  ALTER TABLE "posts" DROP COLUMN "reach_scope";
  ALTER TABLE "posts" DROP COLUMN "reach_max_depth";
  ALTER TABLE "posts" DROP COLUMN "reach_depth";
  ALTER TABLE "posts" DROP COLUMN "receivers_federation";
  ALTER TABLE "posts" DROP COLUMN "receivers_union";
  ALTER TABLE "posts" DROP COLUMN "receivers_territorial_association";
  ALTER TABLE "posts" DROP COLUMN "receivers_territorial_org";
  ALTER TABLE "posts" DROP COLUMN "receivers_primary_org";
  ALTER TABLE "posts" DROP COLUMN "mandatory";
  ALTER TABLE "_posts_v" DROP COLUMN "version_reach_scope";
  ALTER TABLE "_posts_v" DROP COLUMN "version_reach_max_depth";
  ALTER TABLE "_posts_v" DROP COLUMN "version_reach_depth";
  ALTER TABLE "_posts_v" DROP COLUMN "version_receivers_federation";
  ALTER TABLE "_posts_v" DROP COLUMN "version_receivers_union";
  ALTER TABLE "_posts_v" DROP COLUMN "version_receivers_territorial_association";
  ALTER TABLE "_posts_v" DROP COLUMN "version_receivers_territorial_org";
  ALTER TABLE "_posts_v" DROP COLUMN "version_receivers_primary_org";
  ALTER TABLE "_posts_v" DROP COLUMN "version_mandatory";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "proposals_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reposts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feed_decisions_id";
  DROP TYPE "public"."enum_organizations_incoming_policy";
  DROP TYPE "public"."enum_posts_reach_kinds";
  DROP TYPE "public"."enum_posts_reach_scope";
  DROP TYPE "public"."enum__posts_v_version_reach_kinds";
  DROP TYPE "public"."enum__posts_v_version_reach_scope";
  DROP TYPE "public"."enum_proposals_reach_kinds";
  DROP TYPE "public"."enum_proposals_status";
  DROP TYPE "public"."enum_proposals_reach_scope";
  DROP TYPE "public"."enum_reposts_reach_kinds";
  DROP TYPE "public"."enum_reposts_reach_scope";
  DROP TYPE "public"."enum_feed_decisions_action";`)
}
