import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { disclosures } from "./disclosures";
import { users } from "./users";

/** Where a review comment points: a section, a table, a row of it, or one cell. */
export interface CommentAnchor {
  section?: string;
  table?: string;
  row?: string;
  column?: string;
}

/** A reviewer's comment on a disclosure, and the editor's answer to it. */
export const reviewComments = pgTable(
  "review_comments",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    disclosureId: uuid("disclosure_id")
      .notNull()
      .references(() => disclosures.id, { onDelete: "cascade" }),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    anchor: jsonb("anchor").$type<CommentAnchor>().notNull().default({}),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    answer: text("answer"),
    answeredBy: integer("answered_by").references(() => users.id),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [index("review_comments_disclosure_idx").on(t.disclosureId, t.createdAt)],
);
