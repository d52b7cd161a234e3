import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Installation facts: when the sample data was loaded, the generated auth secret. */
export const appMeta = pgTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
