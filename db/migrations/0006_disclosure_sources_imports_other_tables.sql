CREATE TABLE "disclosure_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"disclosure_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"format" varchar(10) NOT NULL,
	"sha256" char(64) NOT NULL,
	"pages" integer,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"import_findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disclosure_sources_disclosure_id_unique" UNIQUE("disclosure_id")
);
--> statement-breakpoint
CREATE TABLE "import_job_files" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_job_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"job_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"file_name" text NOT NULL,
	"sha256" char(64) NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea",
	"status" varchar(20) DEFAULT 'pending' NOT NULL,
	"message" text,
	"disclosure_id" uuid,
	"findings_count" integer,
	"i1_count" integer,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_job_files_status" CHECK ("import_job_files"."status" in ('pending', 'imported', 'skipped', 'refused', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" integer,
	"status" varchar(20) DEFAULT 'queued' NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"current_file" text,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_jobs_status" CHECK ("import_jobs"."status" in ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
DROP INDEX "disclosure_tables_kind_uq";--> statement-breakpoint
ALTER TABLE "disclosure_tables" ADD COLUMN "columns" jsonb;--> statement-breakpoint
ALTER TABLE "disclosure_tables" ADD COLUMN "unit" text;--> statement-breakpoint
ALTER TABLE "table_rows" ADD COLUMN "budget_initial" numeric(20, 2);--> statement-breakpoint
ALTER TABLE "table_rows" ADD COLUMN "budget_adjusted" numeric(20, 2);--> statement-breakpoint
ALTER TABLE "table_rows" ADD COLUMN "fiscal" numeric(20, 2);--> statement-breakpoint
ALTER TABLE "table_rows" ADD COLUMN "superior_payment" numeric(20, 2);--> statement-breakpoint
ALTER TABLE "table_rows" ADD COLUMN "affiliated_subsidy" numeric(20, 2);--> statement-breakpoint
ALTER TABLE "table_rows" ADD COLUMN "carryover_start" numeric(20, 2);--> statement-breakpoint
ALTER TABLE "table_rows" ADD COLUMN "income" numeric(20, 2);--> statement-breakpoint
ALTER TABLE "table_rows" ADD COLUMN "carryover_end" numeric(20, 2);--> statement-breakpoint
ALTER TABLE "table_rows" ADD COLUMN "cells" jsonb;--> statement-breakpoint
ALTER TABLE "disclosure_sources" ADD CONSTRAINT "disclosure_sources_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_job_files" ADD CONSTRAINT "import_job_files_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_job_files" ADD CONSTRAINT "import_job_files_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosure_sources_sha256_idx" ON "disclosure_sources" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "import_job_files_job_idx" ON "import_job_files" USING btree ("job_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "disclosure_tables_kind_uq" ON "disclosure_tables" USING btree ("disclosure_id","kind") WHERE "disclosure_tables"."kind" <> 'other';