DROP INDEX "row_search_code_year_idx";--> statement-breakpoint
DROP INDEX "row_search_name_year_idx";--> statement-breakpoint
-- the row search is refilled at start with its amounts (db/seed/row-search-backfill.ts)
DELETE FROM "row_search";--> statement-breakpoint
ALTER TABLE "row_search" ADD COLUMN "amount" numeric(20, 2);--> statement-breakpoint
CREATE INDEX "row_search_code_year_idx" ON "row_search" USING btree ("code","year","disclosure_id","amount","row_id");--> statement-breakpoint
CREATE INDEX "row_search_name_year_idx" ON "row_search" USING btree ("name_key","year","disclosure_id","amount","row_id");
