CREATE TABLE "self_evaluations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "self_evaluations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"disclosure_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"project_code" varchar(60),
	"project_name" text NOT NULL,
	"budget" numeric(20, 2),
	"actual" numeric(20, 2),
	"score" varchar(6),
	"grade" varchar(1),
	"gaps" text
);
--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD CONSTRAINT "self_evaluations_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "self_evaluations_disclosure_idx" ON "self_evaluations" USING btree ("disclosure_id","position");