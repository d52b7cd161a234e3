import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { feedbackCategoryEnum, feedbackStatusEnum } from "./enums";
import { disclosures } from "./disclosures";
import { departments } from "./organisation";
import { users } from "./users";

/**
 * What anyone tells a department about its disclosure, and the department's answer. The
 * message, name and contact are kept exactly as written; pages render them as text.
 */
export const feedback = pgTable(
  "feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    trackingCode: varchar("tracking_code", { length: 20 }).notNull().unique(),
    /** null: feedback on the portal itself, for its operator */
    departmentId: integer("department_id").references(() => departments.id),
    disclosureId: uuid("disclosure_id").references(() => disclosures.id),
    tableKind: varchar("table_kind", { length: 40 }),
    rowRef: text("row_ref"),
    category: feedbackCategoryEnum("category").notNull(),
    message: text("message").notNull(),
    senderName: text("sender_name"),
    senderContact: text("sender_contact"),
    status: feedbackStatusEnum("status").notNull().default("new"),
    answer: text("answer"),
    /** the answer shows with the question under the disclosure on the public page */
    answerPublic: boolean("answer_public").notNull().default(false),
    answeredBy: integer("answered_by").references(() => users.id),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** a keyed hash of the client address, for rate limiting only */
    clientKey: varchar("client_key", { length: 64 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("feedback_department_idx").on(t.departmentId, t.status),
    index("feedback_disclosure_idx").on(t.disclosureId),
    index("feedback_client_idx").on(t.clientKey, t.createdAt),
    index("feedback_created_idx").on(t.createdAt),
    check("feedback_message_length", sql`char_length(${t.message}) between 1 and 2000`),
    check("feedback_public_answer", sql`not ${t.answerPublic} or ${t.answer} is not null`),
  ],
);
