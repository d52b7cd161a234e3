import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, varchar } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Append-only record of every write and every sign-in attempt. A trigger (see the migration
 * `audit_log_append_only`) refuses UPDATE and DELETE.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: integer("actor_id").references(() => users.id),
    /** as typed at sign-in, or the actor's email; kept when the user row is gone */
    actorEmail: text("actor_email"),
    action: varchar("action", { length: 60 }).notNull(),
    targetType: varchar("target_type", { length: 40 }),
    targetId: text("target_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    success: boolean("success").notNull(),
    detail: text("detail"),
    ip: varchar("ip", { length: 64 }),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_actor_idx").on(t.actorId, t.at),
    index("audit_log_action_idx").on(t.action, t.at),
    index("audit_log_target_idx").on(t.targetType, t.targetId),
  ],
);
