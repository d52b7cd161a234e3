CREATE TABLE "search_generation" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "search_generation_one_row" CHECK ("search_generation"."id")
);
--> statement-breakpoint
INSERT INTO "search_generation" ("id", "n") VALUES (true, 0);
--> statement-breakpoint
-- Cached search answers are keyed by this number: every change a search could show bumps it in
-- the writing transaction, so a reader that sees the new number also sees the change. The row
-- triggers are deferred to the commit, so that the one row is locked last, after every row the
-- transaction changes: two transactions never wait on each other holding it.
CREATE OR REPLACE FUNCTION search_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "search_generation" SET "n" = "n" + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- The index of a draft changes at every save; only a published disclosure's index is searched.
CREATE OR REPLACE FUNCTION search_generation_bump_for_index() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "disclosures" WHERE "id" = COALESCE(NEW."disclosure_id", OLD."disclosure_id") AND "status" = 'published') THEN
    UPDATE "search_generation" SET "n" = "n" + 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- The same for the row search's entries, written and deleted a whole disclosure's tables at a
-- time. Statement triggers cannot wait for the commit; only writes of a published disclosure's
-- entries (publishing straight from the command line, the start-up backfill) take the row early.
CREATE OR REPLACE FUNCTION search_generation_bump_for_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed_rows r JOIN "disclosures" d ON d."id" = r."disclosure_id" WHERE d."status" = 'published') THEN
    UPDATE "search_generation" SET "n" = "n" + 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER search_generation_published_insert AFTER INSERT ON "disclosures" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW."status" = 'published') EXECUTE FUNCTION search_generation_bump();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER search_generation_published_update AFTER UPDATE ON "disclosures" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD."status" = 'published' OR NEW."status" = 'published') EXECUTE FUNCTION search_generation_bump();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER search_generation_published_delete AFTER DELETE ON "disclosures" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD."status" = 'published') EXECUTE FUNCTION search_generation_bump();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER search_generation_index_change AFTER INSERT OR UPDATE OR DELETE ON "disclosure_search" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION search_generation_bump_for_index();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER search_generation_department_change AFTER UPDATE ON "departments" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."code" IS DISTINCT FROM NEW."code" OR OLD."district_code" IS DISTINCT FROM NEW."district_code")
  EXECUTE FUNCTION search_generation_bump();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER search_generation_district_change AFTER UPDATE ON "districts" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."code" IS DISTINCT FROM NEW."code")
  EXECUTE FUNCTION search_generation_bump();
--> statement-breakpoint
CREATE TRIGGER search_generation_rows_insert AFTER INSERT ON "row_search"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_generation_bump_for_rows();
--> statement-breakpoint
CREATE TRIGGER search_generation_rows_delete AFTER DELETE ON "row_search"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_generation_bump_for_rows();
--> statement-breakpoint
CREATE TRIGGER search_generation_disclosures_truncate AFTER TRUNCATE ON "disclosures"
  FOR EACH STATEMENT EXECUTE FUNCTION search_generation_bump();
--> statement-breakpoint
CREATE TRIGGER search_generation_index_truncate AFTER TRUNCATE ON "disclosure_search"
  FOR EACH STATEMENT EXECUTE FUNCTION search_generation_bump();
--> statement-breakpoint
CREATE TRIGGER search_generation_rows_truncate AFTER TRUNCATE ON "row_search"
  FOR EACH STATEMENT EXECUTE FUNCTION search_generation_bump();
--> statement-breakpoint
-- The disclosures whose grams hold a query, through the GIN index. A gram found in nearly every
-- disclosure (费, 接待) makes the planner prefer reading the whole table, which decompresses every
-- stored vector (hundreds of ms at 30,000 disclosures); the index answers the same in a few ms.
-- The settings hold for this function's own statement only.
CREATE OR REPLACE FUNCTION search_matching(q tsquery) RETURNS SETOF uuid LANGUAGE sql STABLE
  SET enable_seqscan = off SET enable_indexscan = off ROWS 10000
  AS $$ SELECT "disclosure_id" FROM "disclosure_search" WHERE "vector" @@ q $$;
