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

/**
 * Each workflow step taken (submit, return, approve, publish, retract): who, when, with how many
 * error and warning findings, and the written 说明 of a step taken despite errors.
 */
export const disclosureSteps = pgTable(
  "disclosure_steps",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    disclosureId: uuid("disclosure_id")
      .notNull()
      .references(() => disclosures.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    actorId: integer("actor_id")
      .notNull()
      .references(() => users.id),
    errors: integer("errors").notNull().default(0),
    warnings: integer("warnings").notNull().default(0),
    override: text("override"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("disclosure_steps_disclosure_idx").on(t.disclosureId, t.createdAt)],
);
