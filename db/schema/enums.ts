import { pgEnum } from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("role", ["admin", "reviewer", "editor"]);
export const disclosureKindEnum = pgEnum("disclosure_kind", ["budget", "final"]);
export const disclosureStatusEnum = pgEnum("disclosure_status", [
  "draft",
  "submitted",
  "returned",
  "approved",
  "published",
  "retracted",
  /** a published revision replaced by a later one: public history, no longer current */
  "superseded",
]);
export const sourceUnitEnum = pgEnum("source_unit", ["元", "万元"]);
export const tableSideEnum = pgEnum("table_side", ["income", "expenditure"]);
export const targetScopeEnum = pgEnum("target_scope", ["overall", "project"]);
export const feedbackCategoryEnum = pgEnum("feedback_category", ["data_error", "unclear", "missing", "other"]);
export const feedbackStatusEnum = pgEnum("feedback_status", ["new", "acknowledged", "answered", "closed"]);
