CREATE TABLE "row_search" (
	"row_id" bigint PRIMARY KEY NOT NULL,
	"disclosure_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"table_kind" varchar(40) NOT NULL,
	"code" varchar(40),
	"name_key" text
);
--> statement-breakpoint
ALTER TABLE "disclosures" ADD COLUMN "disclosed_on" date;--> statement-breakpoint
ALTER TABLE "row_search" ADD CONSTRAINT "row_search_row_id_table_rows_id_fk" FOREIGN KEY ("row_id") REFERENCES "public"."table_rows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "row_search" ADD CONSTRAINT "row_search_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "row_search_code_year_idx" ON "row_search" USING btree ("code","year");--> statement-breakpoint
CREATE INDEX "row_search_name_year_idx" ON "row_search" USING btree ("name_key","year");--> statement-breakpoint
CREATE INDEX "row_search_disclosure_idx" ON "row_search" USING btree ("disclosure_id");--> statement-breakpoint
-- the search index is rebuilt at start with the normalised text (lib/search/normalize.ts)
DELETE FROM "disclosure_search";