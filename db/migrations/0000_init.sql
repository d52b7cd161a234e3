CREATE TYPE "public"."disclosure_kind" AS ENUM('budget', 'final');--> statement-breakpoint
CREATE TYPE "public"."disclosure_status" AS ENUM('draft', 'submitted', 'returned', 'approved', 'published', 'retracted');--> statement-breakpoint
CREATE TYPE "public"."feedback_category" AS ENUM('data_error', 'unclear', 'missing', 'other');--> statement-breakpoint
CREATE TYPE "public"."feedback_status" AS ENUM('new', 'acknowledged', 'answered', 'closed');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'reviewer', 'editor');--> statement-breakpoint
CREATE TYPE "public"."source_unit" AS ENUM('元', '万元');--> statement-breakpoint
CREATE TYPE "public"."table_side" AS ENUM('income', 'expenditure');--> statement-breakpoint
CREATE TYPE "public"."target_scope" AS ENUM('overall', 'project');--> statement-breakpoint
CREATE TABLE "departments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "departments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_code" varchar(6) NOT NULL,
	"code" varchar(40) NOT NULL,
	"name" text NOT NULL,
	"parent_id" integer,
	"contact_name" text,
	"contact_phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"code" varchar(6) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" varchar(10) NOT NULL,
	CONSTRAINT "districts_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "auth_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"token_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" varchar(20)
);
--> statement-breakpoint
CREATE TABLE "user_departments" (
	"user_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	CONSTRAINT "user_departments_user_id_department_id_pk" PRIMARY KEY("user_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "user_districts" (
	"user_id" integer NOT NULL,
	"district_code" varchar(6) NOT NULL,
	CONSTRAINT "user_districts_user_id_district_code_pk" PRIMARY KEY("user_id","district_code")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"failed_login_window_start" timestamp with time zone,
	"locked_until" timestamp with time zone,
	"token_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "disclosure_tables" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "disclosure_tables_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"disclosure_id" uuid NOT NULL,
	"kind" varchar(40) NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"note" text,
	"position" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"department_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"kind" "disclosure_kind" NOT NULL,
	"revision" smallint DEFAULT 1 NOT NULL,
	"status" "disclosure_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"source_unit" "source_unit" NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"sections" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"total_income" numeric(20, 2),
	"total_expenditure" numeric(20, 2),
	"basic_total" numeric(20, 2),
	"project_total" numeric(20, 2),
	"three_public_total" numeric(20, 2),
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"revision_reason" text,
	"retraction_reason" text,
	"published_at" timestamp with time zone,
	"created_by" integer,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"target_id" bigint NOT NULL,
	"position" integer NOT NULL,
	"level1" text NOT NULL,
	"level2" text NOT NULL,
	"level3" text NOT NULL,
	"unit" text,
	"operator" varchar(20) NOT NULL,
	"value" text,
	"weight" numeric(7, 2),
	"core" boolean
);
--> statement-breakpoint
CREATE TABLE "performance_targets" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "performance_targets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"disclosure_id" uuid NOT NULL,
	"scope" "target_scope" NOT NULL,
	"position" integer NOT NULL,
	"project_code" varchar(60),
	"project_name" text,
	"amount" numeric(20, 2),
	"overview" text,
	"basis" text,
	"goal" text
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "projects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"disclosure_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"code" varchar(60),
	"name" text NOT NULL,
	"amount" numeric(20, 2),
	"category" text,
	"function_code" varchar(20)
);
--> statement-breakpoint
CREATE TABLE "table_rows" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "table_rows_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"table_id" bigint NOT NULL,
	"position" integer NOT NULL,
	"code" varchar(40),
	"name" text,
	"side" "table_side",
	"amount" numeric(20, 2),
	"prior" numeric(20, 2),
	"total" numeric(20, 2),
	"basic" numeric(20, 2),
	"project" numeric(20, 2),
	"personnel" numeric(20, 2),
	"public_use" numeric(20, 2),
	"general_budget" numeric(20, 2),
	"gov_fund" numeric(20, 2),
	"state_capital" numeric(20, 2),
	"fiscal_special" numeric(20, 2),
	"business" numeric(20, 2),
	"superior_subsidy" numeric(20, 2),
	"affiliated" numeric(20, 2),
	"business_operation" numeric(20, 2),
	"other" numeric(20, 2),
	"carryover" numeric(20, 2),
	"outbound" numeric(20, 2),
	"vehicle_subtotal" numeric(20, 2),
	"vehicle_purchase" numeric(20, 2),
	"vehicle_operation" numeric(20, 2),
	"reception" numeric(20, 2),
	"goods" numeric(20, 2),
	"works" numeric(20, 2),
	"services" numeric(20, 2)
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_code" varchar(20) NOT NULL,
	"department_id" integer,
	"disclosure_id" uuid,
	"table_kind" varchar(40),
	"row_ref" text,
	"category" "feedback_category" NOT NULL,
	"message" text NOT NULL,
	"sender_name" text,
	"sender_contact" text,
	"status" "feedback_status" DEFAULT 'new' NOT NULL,
	"answer" text,
	"answer_public" boolean DEFAULT false NOT NULL,
	"answered_by" integer,
	"answered_at" timestamp with time zone,
	"client_key" varchar(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_tracking_code_unique" UNIQUE("tracking_code")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_email" text,
	"action" varchar(60) NOT NULL,
	"target_type" varchar(40),
	"target_id" text,
	"before" jsonb,
	"after" jsonb,
	"success" boolean NOT NULL,
	"detail" text,
	"ip" varchar(64)
);
--> statement-breakpoint
CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_parent_id_departments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_departments" ADD CONSTRAINT "user_departments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_departments" ADD CONSTRAINT "user_departments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_districts" ADD CONSTRAINT "user_districts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_districts" ADD CONSTRAINT "user_districts_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_tables" ADD CONSTRAINT "disclosure_tables_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_target_id_performance_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."performance_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_targets" ADD CONSTRAINT "performance_targets_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_rows" ADD CONSTRAINT "table_rows_table_id_disclosure_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."disclosure_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "departments_district_code_uq" ON "departments" USING btree ("district_code","code");--> statement-breakpoint
CREATE INDEX "departments_parent_idx" ON "departments" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "auth_sessions_user_idx" ON "auth_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_departments_dept_idx" ON "user_departments" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "disclosure_tables_kind_uq" ON "disclosure_tables" USING btree ("disclosure_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "disclosures_dept_year_kind_rev_uq" ON "disclosures" USING btree ("department_id","year","kind","revision");--> statement-breakpoint
CREATE INDEX "disclosures_status_year_idx" ON "disclosures" USING btree ("status","year");--> statement-breakpoint
CREATE INDEX "disclosures_published_idx" ON "disclosures" USING btree ("year") WHERE "disclosures"."status" = 'published';--> statement-breakpoint
CREATE INDEX "indicators_target_idx" ON "indicators" USING btree ("target_id","position");--> statement-breakpoint
CREATE INDEX "performance_targets_disclosure_idx" ON "performance_targets" USING btree ("disclosure_id");--> statement-breakpoint
CREATE INDEX "projects_disclosure_idx" ON "projects" USING btree ("disclosure_id");--> statement-breakpoint
CREATE INDEX "table_rows_table_idx" ON "table_rows" USING btree ("table_id","position");--> statement-breakpoint
CREATE INDEX "table_rows_code_idx" ON "table_rows" USING btree ("code");--> statement-breakpoint
CREATE INDEX "feedback_department_idx" ON "feedback" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "feedback_disclosure_idx" ON "feedback" USING btree ("disclosure_id");--> statement-breakpoint
CREATE INDEX "feedback_client_idx" ON "feedback" USING btree ("client_key","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_type","target_id");