import { sql } from "drizzle-orm";
import { type AnyPgColumn, index, integer, pgTable, text, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";

/** 区县: the 38 districts and counties, keyed by their GB/T 2260 division code. */
export const districts = pgTable("districts", {
  code: varchar("code", { length: 6 }).primaryKey(),
  name: text("name").notNull().unique(),
  type: varchar("type", { length: 10 }).notNull(),
});

/** 部门 / 单位: a code is unique within its district only; its public key is DISTRICTCODE-CODE. */
export const departments = pgTable(
  "departments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    districtCode: varchar("district_code", { length: 6 })
      .notNull()
      .references(() => districts.code),
    code: varchar("code", { length: 40 }).notNull(),
    name: text("name").notNull(),
    parentId: integer("parent_id").references((): AnyPgColumn => departments.id),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    uniqueIndex("departments_district_code_uq").on(t.districtCode, t.code),
    index("departments_parent_idx").on(t.parentId),
  ],
);
