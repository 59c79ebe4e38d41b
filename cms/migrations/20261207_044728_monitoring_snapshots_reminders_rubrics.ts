import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_monitoring_snapshots_lights_site" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_news7" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_news30" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_news90" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_last_news" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_review_backlog" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_proposals" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_info_officer" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_contacts" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_hotline" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_socials" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_public_report" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_collective_agreement" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_feedback_form" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_answer_time" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_answered_in_time" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_subscribers" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_stand" AS ENUM('green', 'amber', 'red', 'none');
  CREATE TYPE "public"."enum_monitoring_snapshots_lights_visits30" AS ENUM('green', 'amber', 'red', 'none');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'mailMonitoringReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'snapshotMonitoring' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'mailMonitoringReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'snapshotMonitoring' BEFORE 'schedulePublish';
  CREATE TABLE "categories_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer
  );
  
  CREATE TABLE "monitoring_snapshots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"org_id" integer NOT NULL,
  	"quarter" varchar NOT NULL,
  	"taken_at" timestamp(3) with time zone NOT NULL,
  	"lights_site" "enum_monitoring_snapshots_lights_site" NOT NULL,
  	"lights_news7" "enum_monitoring_snapshots_lights_news7" NOT NULL,
  	"lights_news30" "enum_monitoring_snapshots_lights_news30" NOT NULL,
  	"lights_news90" "enum_monitoring_snapshots_lights_news90" NOT NULL,
  	"lights_last_news" "enum_monitoring_snapshots_lights_last_news" NOT NULL,
  	"lights_review_backlog" "enum_monitoring_snapshots_lights_review_backlog" NOT NULL,
  	"lights_proposals" "enum_monitoring_snapshots_lights_proposals" NOT NULL,
  	"lights_info_officer" "enum_monitoring_snapshots_lights_info_officer" NOT NULL,
  	"lights_contacts" "enum_monitoring_snapshots_lights_contacts" NOT NULL,
  	"lights_hotline" "enum_monitoring_snapshots_lights_hotline" NOT NULL,
  	"lights_socials" "enum_monitoring_snapshots_lights_socials" NOT NULL,
  	"lights_public_report" "enum_monitoring_snapshots_lights_public_report" NOT NULL,
  	"lights_collective_agreement" "enum_monitoring_snapshots_lights_collective_agreement" NOT NULL,
  	"lights_feedback_form" "enum_monitoring_snapshots_lights_feedback_form" NOT NULL,
  	"lights_answer_time" "enum_monitoring_snapshots_lights_answer_time" NOT NULL,
  	"lights_answered_in_time" "enum_monitoring_snapshots_lights_answered_in_time" NOT NULL,
  	"lights_subscribers" "enum_monitoring_snapshots_lights_subscribers" NOT NULL,
  	"lights_stand" "enum_monitoring_snapshots_lights_stand" NOT NULL,
  	"lights_visits30" "enum_monitoring_snapshots_lights_visits30" NOT NULL,
  	"news90" numeric,
  	"days_since_news" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "monitoring_reminders" boolean DEFAULT true;
  ALTER TABLE "categories" ADD COLUMN "organization_id" integer;
  ALTER TABLE "categories_rels" ADD CONSTRAINT "categories_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories_rels" ADD CONSTRAINT "categories_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "monitoring_snapshots" ADD CONSTRAINT "monitoring_snapshots_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "categories_rels_order_idx" ON "categories_rels" USING btree ("order");
  CREATE INDEX "categories_rels_parent_idx" ON "categories_rels" USING btree ("parent_id");
  CREATE INDEX "categories_rels_path_idx" ON "categories_rels" USING btree ("path");
  CREATE INDEX "categories_rels_organizations_id_idx" ON "categories_rels" USING btree ("organizations_id");
  CREATE INDEX "monitoring_snapshots_org_idx" ON "monitoring_snapshots" USING btree ("org_id");
  CREATE INDEX "monitoring_snapshots_quarter_idx" ON "monitoring_snapshots" USING btree ("quarter");
  CREATE INDEX "monitoring_snapshots_updated_at_idx" ON "monitoring_snapshots" USING btree ("updated_at");
  CREATE INDEX "monitoring_snapshots_created_at_idx" ON "monitoring_snapshots" USING btree ("created_at");
  CREATE UNIQUE INDEX "org_quarter_idx" ON "monitoring_snapshots" USING btree ("org_id","quarter");
  ALTER TABLE "categories" ADD CONSTRAINT "categories_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "categories_organization_idx" ON "categories" USING btree ("organization_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "categories_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "monitoring_snapshots" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "categories_rels" CASCADE;
  DROP TABLE "monitoring_snapshots" CASCADE;
  ALTER TABLE "categories" DROP CONSTRAINT "categories_organization_id_organizations_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshOrgSubtree', 'notifyEditors', 'sendInquiryAnswer', 'purgeInquiries', 'sendMail', 'mailNewItems', 'mailWeeklyDigest', 'mailStand', 'purgeMailing', 'aggregateVisits', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshOrgSubtree', 'notifyEditors', 'sendInquiryAnswer', 'purgeInquiries', 'sendMail', 'mailNewItems', 'mailWeeklyDigest', 'mailStand', 'purgeMailing', 'aggregateVisits', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "categories_organization_idx";
  ALTER TABLE "users" DROP COLUMN "monitoring_reminders";
  ALTER TABLE "categories" DROP COLUMN "organization_id";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_site";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_news7";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_news30";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_news90";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_last_news";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_review_backlog";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_proposals";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_info_officer";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_contacts";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_hotline";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_socials";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_public_report";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_collective_agreement";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_feedback_form";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_answer_time";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_answered_in_time";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_subscribers";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_stand";
  DROP TYPE "public"."enum_monitoring_snapshots_lights_visits30";`)
}
