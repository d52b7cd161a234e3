import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { roleEnum } from "./enums";
import { departments, districts } from "./organisation";

export const users = pgTable("users", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  /** stored lower-cased */
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: roleEnum("role").notNull(),
  disabled: boolean("disabled").notNull().default(false),
  /** Raised whenever role, password or status change: every session issued before is void. */
  tokenVersion: integer("token_version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The departments an editor may edit. */
export const userDepartments = pgTable(
  "user_departments",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.departmentId] }), index("user_departments_dept_idx").on(t.departmentId)],
);

/** The districts a reviewer covers. */
export const userDistricts = pgTable(
  "user_districts",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    districtCode: varchar("district_code", { length: 6 })
      .notNull()
      .references(() => districts.code),
  },
  (t) => [primaryKey({ columns: [t.userId, t.districtCode] })],
);

/**
 * One row per sign-in. The session cookie is a JWT naming this row; the row carries the idle
 * clock, so an idle timeout holds without rewriting the cookie and across app instances.
 */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenVersion: integer("token_version").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endReason: varchar("end_reason", { length: 20 }),
  },
  (t) => [index("auth_sessions_user_idx").on(t.userId)],
);
