import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_membership_requests_status" AS ENUM('pending', 'accepted', 'declined');
  CREATE TABLE "membership_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from_organization_id" integer NOT NULL,
  	"to_organization_id" integer NOT NULL,
  	"note" varchar,
  	"status" "enum_membership_requests_status" DEFAULT 'pending' NOT NULL,
  	"reason" varchar,
  	"requested_by_id" integer,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "membership_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer
  );
  
  CREATE TABLE "login_limits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"points" numeric NOT NULL,
  	"expire" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "membership_requests_id" integer;
  ALTER TABLE "membership_requests" ADD CONSTRAINT "membership_requests_from_organization_id_organizations_id_fk" FOREIGN KEY ("from_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "membership_requests" ADD CONSTRAINT "membership_requests_to_organization_id_organizations_id_fk" FOREIGN KEY ("to_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "membership_requests" ADD CONSTRAINT "membership_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "membership_requests" ADD CONSTRAINT "membership_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "membership_requests_rels" ADD CONSTRAINT "membership_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."membership_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "membership_requests_rels" ADD CONSTRAINT "membership_requests_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "membership_requests_from_organization_idx" ON "membership_requests" USING btree ("from_organization_id");
  CREATE INDEX "membership_requests_to_organization_idx" ON "membership_requests" USING btree ("to_organization_id");
  CREATE INDEX "membership_requests_status_idx" ON "membership_requests" USING btree ("status");
  CREATE INDEX "membership_requests_requested_by_idx" ON "membership_requests" USING btree ("requested_by_id");
  CREATE INDEX "membership_requests_decided_by_idx" ON "membership_requests" USING btree ("decided_by_id");
  CREATE INDEX "membership_requests_updated_at_idx" ON "membership_requests" USING btree ("updated_at");
  CREATE INDEX "membership_requests_created_at_idx" ON "membership_requests" USING btree ("created_at");
  CREATE INDEX "membership_requests_rels_order_idx" ON "membership_requests_rels" USING btree ("order");
  CREATE INDEX "membership_requests_rels_parent_idx" ON "membership_requests_rels" USING btree ("parent_id");
  CREATE INDEX "membership_requests_rels_path_idx" ON "membership_requests_rels" USING btree ("path");
  CREATE INDEX "membership_requests_rels_organizations_id_idx" ON "membership_requests_rels" USING btree ("organizations_id");
  CREATE UNIQUE INDEX "login_limits_key_idx" ON "login_limits" USING btree ("key");
  CREATE INDEX "login_limits_expire_idx" ON "login_limits" USING btree ("expire");
  CREATE INDEX "login_limits_updated_at_idx" ON "login_limits" USING btree ("updated_at");
  CREATE INDEX "login_limits_created_at_idx" ON "login_limits" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_membership_requests_fk" FOREIGN KEY ("membership_requests_id") REFERENCES "public"."membership_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_membership_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("membership_requests_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "membership_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "membership_requests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "login_limits" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "membership_requests" CASCADE;
  DROP TABLE "membership_requests_rels" CASCADE;
  DROP TABLE "login_limits" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_membership_requests_fk";
  
  DROP INDEX "payload_locked_documents_rels_membership_requests_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "membership_requests_id";
  DROP TYPE "public"."enum_membership_requests_status";`)
}
