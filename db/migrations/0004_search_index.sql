CREATE TABLE "disclosure_search" (
	"disclosure_id" uuid PRIMARY KEY NOT NULL,
	"vector" "tsvector" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "disclosure_search" ADD CONSTRAINT "disclosure_search_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosure_search_vector_idx" ON "disclosure_search" USING gin ("vector");