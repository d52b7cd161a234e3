import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import type { CarryOver } from "@/lib/disclosure/carry-over";
import type { Finding, SectionKey } from "@/lib/disclosure/schema";
import { disclosureKindEnum, disclosureStatusEnum, sourceUnitEnum, tableSideEnum, targetScopeEnum } from "./enums";
import { departments } from "./organisation";
import { users } from "./users";

/** Exact money in 元: numeric(20,2), read and written as strings. */
const money = (name: string) => numeric(name, { precision: 20, scale: 2 });

/** 部门预算 / 部门决算: one department × fiscal year × kind, in revisions once published. */
export const disclosures = pgTable(
  "disclosures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    year: smallint("year").notNull(),
    kind: disclosureKindEnum("kind").notNull(),
    revision: smallint("revision").notNull().default(1),
    status: disclosureStatusEnum("status").notNull().default("draft"),
    /** optimistic locking: every save states the version it read */
    version: integer("version").notNull().default(1),
    title: text("title").notNull(),
    sourceUnit: sourceUnitEnum("source_unit").notNull(),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    sections: jsonb("sections").$type<Partial<Record<SectionKey, string>>>().notNull().default({}),
    /** headline figures kept with the disclosure for lists, sorting and rankings */
    totalIncome: money("total_income"),
    totalExpenditure: money("total_expenditure"),
    basicTotal: money("basic_total"),
    projectTotal: money("project_total"),
    threePublicTotal: money("three_public_total"),
    findings: jsonb("findings").$type<Finding[]>().notNull().default([]),
    revisionReason: text("revision_reason"),
    retractionReason: text("retraction_reason"),
    /** a draft carried over or imported: read-only columns and what waits for the contact's confirmation */
    carryOver: jsonb("carry_over").$type<CarryOver>(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** the department's own publication date (部门公开日期) where known; the portal's is publishedAt */
    disclosedOn: date("disclosed_on", { mode: "string" }),
    createdBy: integer("created_by").references(() => users.id),
    updatedBy: integer("updated_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("disclosures_dept_year_kind_rev_uq").on(t.departmentId, t.year, t.kind, t.revision),
    index("disclosures_status_year_idx").on(t.status, t.year),
    index("disclosures_published_idx").on(t.year).where(sql`${t.status} = 'published'`),
    // what a search reads of each published disclosure (db/queries/search-hits.ts), from the index alone
    index("disclosures_published_search_idx")
      .on(t.id, t.departmentId, t.year, t.kind, t.revision, t.totalExpenditure, t.title)
      .where(sql`${t.status} = 'published'`),
  ],
);

/**
 * One table of a disclosure (kinds and columns: DESIGN.md §4): a standard kind at most once, or
 * any number of `other` tables kept as printed (their `columns` and `unit`; rows in `cells`).
 */
export const disclosureTables = pgTable(
  "disclosure_tables",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    disclosureId: uuid("disclosure_id")
      .notNull()
      .references(() => disclosures.id, { onDelete: "cascade" }),
    kind: varchar("kind", { length: 40 }).notNull(),
    title: text("title").notNull().default(""),
    note: text("note"),
    position: smallint("position").notNull(),
    /** other tables: the column headers as printed */
    columns: jsonb("columns").$type<string[]>(),
    /** other tables: the unit as printed (万元, 元, …) */
    unit: text("unit"),
  },
  (t) => [
    uniqueIndex("disclosure_tables_kind_uq")
      .on(t.disclosureId, t.kind)
      .where(sql`${t.kind} <> 'other'`),
  ],
);

/**
 * A table row with one nullable numeric column per value column of the format: null is a
 * blank cell, distinct from 0. A row of an other table keeps its cells as printed in `cells`.
 */
export const tableRows = pgTable(
  "table_rows",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    tableId: bigint("table_id", { mode: "number" })
      .notNull()
      .references(() => disclosureTables.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    code: varchar("code", { length: 40 }),
    name: text("name"),
    side: tableSideEnum("side"),
    amount: money("amount"),
    prior: money("prior"),
    total: money("total"),
    basic: money("basic"),
    project: money("project"),
    personnel: money("personnel"),
    publicUse: money("public_use"),
    generalBudget: money("general_budget"),
    govFund: money("gov_fund"),
    stateCapital: money("state_capital"),
    fiscalSpecial: money("fiscal_special"),
    business: money("business"),
    superiorSubsidy: money("superior_subsidy"),
    affiliated: money("affiliated"),
    businessOperation: money("business_operation"),
    other: money("other"),
    carryover: money("carryover"),
    outbound: money("outbound"),
    vehicleSubtotal: money("vehicle_subtotal"),
    vehiclePurchase: money("vehicle_purchase"),
    vehicleOperation: money("vehicle_operation"),
    reception: money("reception"),
    goods: money("goods"),
    works: money("works"),
    services: money("services"),
    budgetInitial: money("budget_initial"),
    budgetAdjusted: money("budget_adjusted"),
    fiscal: money("fiscal"),
    superiorPayment: money("superior_payment"),
    affiliatedSubsidy: money("affiliated_subsidy"),
    carryoverStart: money("carryover_start"),
    income: money("income"),
    carryoverEnd: money("carryover_end"),
    cells: jsonb("cells").$type<(string | null)[]>(),
  },
  (t) => [index("table_rows_table_idx").on(t.tableId, t.position), index("table_rows_code_idx").on(t.code)],
);

export const projects = pgTable(
  "projects",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    disclosureId: uuid("disclosure_id")
      .notNull()
      .references(() => disclosures.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    code: varchar("code", { length: 60 }),
    name: text("name").notNull(),
    amount: money("amount"),
    category: text("category"),
    functionCode: varchar("function_code", { length: 20 }),
  },
  (t) => [index("projects_disclosure_idx").on(t.disclosureId)],
);

/** 绩效目标: the overall target of the department, or the target of one project. */
export const performanceTargets = pgTable(
  "performance_targets",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    disclosureId: uuid("disclosure_id")
      .notNull()
      .references(() => disclosures.id, { onDelete: "cascade" }),
    scope: targetScopeEnum("scope").notNull(),
    position: integer("position").notNull(),
    projectCode: varchar("project_code", { length: 60 }),
    projectName: text("project_name"),
    amount: money("amount"),
    overview: text("overview"),
    basis: text("basis"),
    goal: text("goal"),
  },
  (t) => [index("performance_targets_disclosure_idx").on(t.disclosureId)],
);

/** 绩效指标 */
export const indicators = pgTable(
  "indicators",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    targetId: bigint("target_id", { mode: "number" })
      .notNull()
      .references(() => performanceTargets.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    level1: text("level1").notNull(),
    level2: text("level2").notNull(),
    level3: text("level3").notNull(),
    unit: text("unit"),
    operator: varchar("operator", { length: 20 }).notNull(),
    value: text("value"),
    /** as printed ("20"); rule P1 adds them up */
    weight: text("weight"),
    core: boolean("core"),
  },
  (t) => [index("indicators_target_idx").on(t.targetId, t.position)],
);

/** 绩效自评: a 部门决算's self-evaluation of one project, where the department reports it. */
export const selfEvaluations = pgTable(
  "self_evaluations",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    disclosureId: uuid("disclosure_id")
      .notNull()
      .references(() => disclosures.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    projectCode: varchar("project_code", { length: 60 }),
    projectName: text("project_name").notNull(),
    budget: money("budget"),
    actual: money("actual"),
    /** 自评得分 as given ("92.5"), out of 100 */
    score: varchar("score", { length: 6 }),
    /** 自评等级: 优, 良, 中 or 差 */
    grade: varchar("grade", { length: 1 }),
    /** 偏差原因及改进措施 */
    gaps: text("gaps"),
  },
  (t) => [index("self_evaluations_disclosure_idx").on(t.disclosureId, t.position)],
);
