ALTER TABLE "feedback" ADD COLUMN "acknowledged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "feedback_created_idx" ON "feedback" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_message_length" CHECK (char_length("feedback"."message") between 1 and 2000);--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_public_answer" CHECK (not "feedback"."answer_public" or "feedback"."answer" is not null);