import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_org_mon_hotline_kinds" AS ENUM('federation', 'union', 'territorial_association', 'territorial_org', 'primary_org');
  CREATE TYPE "public"."enum_org_mon_collective_agreement_kinds" AS ENUM('federation', 'union', 'territorial_association', 'territorial_org', 'primary_org');
  CREATE TYPE "public"."enum_org_mon_stand_kinds" AS ENUM('federation', 'union', 'territorial_association', 'territorial_org', 'primary_org');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'aggregateVisits' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'aggregateVisits' BEFORE 'schedulePublish';
  CREATE TABLE "org_mon_hotline_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_org_mon_hotline_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "org_mon_collective_agreement_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_org_mon_collective_agreement_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "org_mon_stand_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_org_mon_stand_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "site_visits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"org_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"path" varchar NOT NULL,
  	"views" numeric DEFAULT 0 NOT NULL,
  	"visits" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_referrers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"org_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"domain" varchar NOT NULL,
  	"visits" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "visit_log_cursors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"file" varchar NOT NULL,
  	"inode" varchar NOT NULL,
  	"offset" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "organizations" ADD COLUMN "monitoring_settings_news7_target" numeric;
  ALTER TABLE "organizations" ADD COLUMN "monitoring_settings_news30_target" numeric;
  ALTER TABLE "organizations" ADD COLUMN "monitoring_settings_news90_target" numeric;
  ALTER TABLE "organizations" ADD COLUMN "monitoring_settings_last_news_amber_days" numeric;
  ALTER TABLE "organizations" ADD COLUMN "monitoring_settings_last_news_red_days" numeric;
  ALTER TABLE "organizations" ADD COLUMN "monitoring_settings_social_required_over" numeric;
  ALTER TABLE "organizations" ADD COLUMN "monitoring_settings_site_required_over" numeric;
  ALTER TABLE "organizations" ADD COLUMN "monitoring_settings_public_report_deadline" varchar;
  ALTER TABLE "organizations" ADD COLUMN "monitoring_settings_proposals_quarter_target" numeric;
  ALTER TABLE "organizations" ADD COLUMN "monitoring_settings_review_amber_days" numeric;
  ALTER TABLE "organizations" ADD COLUMN "monitoring_settings_review_red_days" numeric;
  ALTER TABLE "organizations" ADD COLUMN "monitoring_settings_answered_in_time_target" numeric;
  ALTER TABLE "org_mon_hotline_kinds" ADD CONSTRAINT "org_mon_hotline_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "org_mon_collective_agreement_kinds" ADD CONSTRAINT "org_mon_collective_agreement_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "org_mon_stand_kinds" ADD CONSTRAINT "org_mon_stand_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_visits" ADD CONSTRAINT "site_visits_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_referrers" ADD CONSTRAINT "site_referrers_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "org_mon_hotline_kinds_order_idx" ON "org_mon_hotline_kinds" USING btree ("order");
  CREATE INDEX "org_mon_hotline_kinds_parent_idx" ON "org_mon_hotline_kinds" USING btree ("parent_id");
  CREATE INDEX "org_mon_collective_agreement_kinds_order_idx" ON "org_mon_collective_agreement_kinds" USING btree ("order");
  CREATE INDEX "org_mon_collective_agreement_kinds_parent_idx" ON "org_mon_collective_agreement_kinds" USING btree ("parent_id");
  CREATE INDEX "org_mon_stand_kinds_order_idx" ON "org_mon_stand_kinds" USING btree ("order");
  CREATE INDEX "org_mon_stand_kinds_parent_idx" ON "org_mon_stand_kinds" USING btree ("parent_id");
  CREATE INDEX "site_visits_org_idx" ON "site_visits" USING btree ("org_id");
  CREATE INDEX "site_visits_day_idx" ON "site_visits" USING btree ("day");
  CREATE INDEX "site_visits_updated_at_idx" ON "site_visits" USING btree ("updated_at");
  CREATE INDEX "site_visits_created_at_idx" ON "site_visits" USING btree ("created_at");
  CREATE UNIQUE INDEX "org_day_path_idx" ON "site_visits" USING btree ("org_id","day","path");
  CREATE INDEX "site_referrers_org_idx" ON "site_referrers" USING btree ("org_id");
  CREATE INDEX "site_referrers_day_idx" ON "site_referrers" USING btree ("day");
  CREATE INDEX "site_referrers_updated_at_idx" ON "site_referrers" USING btree ("updated_at");
  CREATE INDEX "site_referrers_created_at_idx" ON "site_referrers" USING btree ("created_at");
  CREATE UNIQUE INDEX "org_day_domain_idx" ON "site_referrers" USING btree ("org_id","day","domain");
  CREATE UNIQUE INDEX "visit_log_cursors_file_idx" ON "visit_log_cursors" USING btree ("file");
  CREATE INDEX "visit_log_cursors_updated_at_idx" ON "visit_log_cursors" USING btree ("updated_at");
  CREATE INDEX "visit_log_cursors_created_at_idx" ON "visit_log_cursors" USING btree ("created_at");
  CREATE INDEX "organizations_incoming_policy_idx" ON "organizations" USING btree ("incoming_policy");
  CREATE INDEX "site_builds_published_at_idx" ON "site_builds" USING btree ("published_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "org_mon_hotline_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "org_mon_collective_agreement_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "org_mon_stand_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_visits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_referrers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "visit_log_cursors" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "org_mon_hotline_kinds" CASCADE;
  DROP TABLE "org_mon_collective_agreement_kinds" CASCADE;
  DROP TABLE "org_mon_stand_kinds" CASCADE;
  DROP TABLE "site_visits" CASCADE;
  DROP TABLE "site_referrers" CASCADE;
  DROP TABLE "visit_log_cursors" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshOrgSubtree', 'notifyEditors', 'sendInquiryAnswer', 'purgeInquiries', 'sendMail', 'mailNewItems', 'mailWeeklyDigest', 'mailStand', 'purgeMailing', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshOrgSubtree', 'notifyEditors', 'sendInquiryAnswer', 'purgeInquiries', 'sendMail', 'mailNewItems', 'mailWeeklyDigest', 'mailStand', 'purgeMailing', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "organizations_incoming_policy_idx";
  DROP INDEX "site_builds_published_at_idx";
  ALTER TABLE "organizations" DROP COLUMN "monitoring_settings_news7_target";
  ALTER TABLE "organizations" DROP COLUMN "monitoring_settings_news30_target";
  ALTER TABLE "organizations" DROP COLUMN "monitoring_settings_news90_target";
  ALTER TABLE "organizations" DROP COLUMN "monitoring_settings_last_news_amber_days";
  ALTER TABLE "organizations" DROP COLUMN "monitoring_settings_last_news_red_days";
  ALTER TABLE "organizations" DROP COLUMN "monitoring_settings_social_required_over";
  ALTER TABLE "organizations" DROP COLUMN "monitoring_settings_site_required_over";
  ALTER TABLE "organizations" DROP COLUMN "monitoring_settings_public_report_deadline";
  ALTER TABLE "organizations" DROP COLUMN "monitoring_settings_proposals_quarter_target";
  ALTER TABLE "organizations" DROP COLUMN "monitoring_settings_review_amber_days";
  ALTER TABLE "organizations" DROP COLUMN "monitoring_settings_review_red_days";
  ALTER TABLE "organizations" DROP COLUMN "monitoring_settings_answered_in_time_target";
  DROP TYPE "public"."enum_org_mon_hotline_kinds";
  DROP TYPE "public"."enum_org_mon_collective_agreement_kinds";
  DROP TYPE "public"."enum_org_mon_stand_kinds";`)
}
