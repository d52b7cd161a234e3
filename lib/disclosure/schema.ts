import { z } from "zod";

/**
 * The interchange format `budget-disclosure/v1` (DESIGN.md §4). One schema, shared by the
 * importer, the editor forms, the admin API and the exports.
 */

/** An amount in 元 with exactly two decimals, as a string; `null` is a blank cell. */
export const amountSchema = z
  .string()
  .regex(/^-?\d{1,18}\.\d{2}$/, "金额须为以元为单位、保留两位小数的字符串，如 \"17625499.55\"");
export const nullableAmountSchema = amountSchema.nullable();

export const SOURCE_UNITS = ["元", "万元"] as const;
export const sourceUnitSchema = z.enum(SOURCE_UNITS);
export type SourceUnit = z.infer<typeof sourceUnitSchema>;

export const DISCLOSURE_KINDS = ["budget", "final"] as const;
export const disclosureKindSchema = z.enum(DISCLOSURE_KINDS);
export type DisclosureKind = z.infer<typeof disclosureKindSchema>;

export const SECTION_KEYS = [
  "functions",
  "structure",
  "overview",
  "budgetNotes",
  "threePublicNotes",
  "otherNotes",
  "glossary",
  // the parts a 部门决算 prints beyond a budget's (DESIGN §4; docs/format.md)
  "fiscalNotes",
  "operatingNotes",
  "procurementNotes",
  "assetsNotes",
  "performanceNotes",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export const sectionsSchema = z.partialRecord(z.enum(SECTION_KEYS), z.string());

/** Value columns of each table kind (DESIGN.md §4). */
export const TABLE_COLUMNS = {
  income_expenditure_summary: ["amount"],
  income_summary: [
    "total",
    "generalBudget",
    "govFund",
    "stateCapital",
    "fiscalSpecial",
    "business",
    "superiorSubsidy",
    "affiliated",
    "businessOperation",
    "other",
    "carryover",
  ],
  expenditure_summary: ["total", "basic", "project"],
  fiscal_summary: ["amount", "total", "generalBudget", "govFund", "stateCapital"],
  general_budget_function: ["prior", "total", "basic", "project"],
  basic_economic: ["total", "personnel", "publicUse"],
  basic_gov_economic: ["total"],
  project_economic: ["total"],
  project_gov_economic: ["total"],
  three_public: [
    "total",
    "outbound",
    "vehicleSubtotal",
    "vehiclePurchase",
    "vehicleOperation",
    "reception",
  ],
  gov_fund: ["total", "basic", "project"],
  state_capital: ["total", "basic", "project"],
  procurement: ["total", "goods", "works", "services"],
  // 部门决算 (kind "final"); the columns beyond DESIGN §4 are documented in docs/format.md
  final_income_expenditure_summary: ["amount", "budgetInitial", "budgetAdjusted"],
  final_income: ["total", "fiscal", "superiorSubsidy", "business", "businessOperation", "affiliated", "other"],
  final_expenditure: ["total", "basic", "project", "superiorPayment", "businessOperation", "affiliatedSubsidy"],
  final_fiscal_summary: ["total", "generalBudget", "govFund", "stateCapital"],
  final_general_budget_function: ["total", "basic", "project", "budgetInitial", "budgetAdjusted"],
  final_basic_economic: ["amount", "personnel", "publicUse"],
  final_three_public: ["total", "outbound", "vehicleSubtotal", "vehiclePurchase", "vehicleOperation", "reception"],
  final_gov_fund: ["carryoverStart", "income", "total", "basic", "project", "carryoverEnd"],
  final_state_capital: ["carryoverStart", "income", "total", "basic", "project", "carryoverEnd"],
} as const satisfies Record<string, readonly string[]>;

export type TableKind = keyof typeof TABLE_COLUMNS;
export const TABLE_KINDS = Object.keys(TABLE_COLUMNS) as TableKind[];
export const tableKindSchema = z.enum(TABLE_KINDS as [TableKind, ...TableKind[]]);

/** Every value column any table kind has: the amount columns of a stored table row. */
export const VALUE_COLUMNS = [...new Set(Object.values(TABLE_COLUMNS).flat())] as ValueColumn[];
export type ValueColumn = (typeof TABLE_COLUMNS)[TableKind][number];

export const tableRowSchema = z
  .object({
    code: z.string().trim().min(1).max(40).optional(),
    name: z.string().trim().max(200).optional(),
    side: z.enum(["income", "expenditure"]).optional(),
    values: z.partialRecord(z.enum(VALUE_COLUMNS as [ValueColumn, ...ValueColumn[]]), nullableAmountSchema),
  })
  .refine((r) => r.code !== undefined || (r.name !== undefined && r.name !== ""), {
    message: "每一行须有科目编码（code）或名称（name）",
  });
export type TableRow = z.infer<typeof tableRowSchema>;

export const disclosureTableSchema = z
  .object({
    kind: tableKindSchema,
    title: z.string().max(300).default(""),
    note: z.string().max(2000).optional(),
    rows: z.array(tableRowSchema).max(5000),
  })
  .superRefine((t, ctx) => {
    const allowed = new Set<string>(TABLE_COLUMNS[t.kind]);
    t.rows.forEach((row, i) => {
      for (const col of Object.keys(row.values)) {
        if (!allowed.has(col)) {
          ctx.addIssue({
            code: "custom",
            path: ["rows", i, "values", col],
            message: `表 ${t.kind} 没有“${col}”这一列`,
          });
        }
      }
    });
  });
export type DisclosureTable = z.infer<typeof disclosureTableSchema>;

/** A table the importer found but could not map to a kind: kept as printed (DESIGN §4), checked by no rule. */
export const otherTableSchema = z.object({
  kind: z.literal("other"),
  title: z.string().max(300).default(""),
  unit: z.string().max(20).nullable().optional(),
  note: z.string().max(2000).optional(),
  columns: z.array(z.string().max(500)).max(200),
  rows: z.array(z.object({ cells: z.array(z.string().max(2000).nullable()).max(200) })).max(5000),
});
export type OtherTable = z.infer<typeof otherTableSchema>;
export type AnyTable = DisclosureTable | OtherTable;

export const isStandardTable = (t: AnyTable): t is DisclosureTable => t.kind !== "other";
export const isOtherTable = (t: AnyTable): t is OtherTable => t.kind === "other";

/** The tables of a standard kind: what the rules, charts, comparisons and amount views read. */
export const standardTables = (doc: { tables: readonly AnyTable[] }): DisclosureTable[] => doc.tables.filter(isStandardTable);
/** The tables kept as printed. */
export const otherTables = (doc: { tables: readonly AnyTable[] }): OtherTable[] => doc.tables.filter(isOtherTable);
/** The table of a standard kind, if the document has it. */
export const findTable = (doc: { tables: readonly AnyTable[] }, kind: TableKind): DisclosureTable | undefined =>
  standardTables(doc).find((t) => t.kind === kind);

/** The table kinds a disclosure of this kind publishes: the 部门决算 ones (`final_*`) for "final". */
export const tableKindsFor = (kind: DisclosureKind): TableKind[] => TABLE_KINDS.filter((k) => k.startsWith("final_") === (kind === "final"));

export const SOURCE_FORMATS = ["pdf", "docx", "xlsx", "xls", "text", "json"] as const;
/** The file a disclosure was imported from (DESIGN §4 `source`); the portal keeps the file itself beside it. */
export const sourceSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  format: z.enum(SOURCE_FORMATS),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "sha256 须为 64 位十六进制"),
  pages: z.number().int().min(0).max(100000).nullable(),
});
export type DocumentSource = z.infer<typeof sourceSchema>;

export const projectSchema = z.object({
  code: z.string().trim().max(60).nullable().optional(),
  name: z.string().trim().min(1).max(300),
  amount: nullableAmountSchema,
  category: z.string().trim().max(100).nullable().optional(),
  functionCode: z.string().trim().max(20).nullable().optional(),
});
export type Project = z.infer<typeof projectSchema>;

export const INDICATOR_OPERATORS = ["≥", "≤", "=", ">", "<", "定性"] as const;

/** Operators are validated by rule P1, not here, so that an imported document keeps what it says. */
export const indicatorSchema = z.object({
  level1: z.string().max(100),
  level2: z.string().max(100),
  level3: z.string().max(300),
  unit: z.string().max(50).nullable(),
  operator: z.string().max(20),
  value: z.string().max(300).nullable(),
  weight: z.string().max(20).nullable(),
  core: z.boolean().nullable(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const overallTargetSchema = z.object({
  goal: z.string().max(20000),
  indicators: z.array(indicatorSchema).max(500),
});
export type OverallTarget = z.infer<typeof overallTargetSchema>;

export const projectTargetSchema = z.object({
  projectCode: z.string().max(60).nullable(),
  projectName: z.string().max(300),
  amount: nullableAmountSchema,
  overview: z.string().max(20000).nullable().optional(),
  basis: z.string().max(20000).nullable().optional(),
  goal: z.string().max(20000).nullable().optional(),
  indicators: z.array(indicatorSchema).max(500),
});
export type ProjectTarget = z.infer<typeof projectTargetSchema>;

/** A 部门决算's 绩效自评 of one project, where the department reports it. */
export const selfEvaluationSchema = z.object({
  projectCode: z.string().max(60).nullable(),
  projectName: z.string().trim().min(1).max(300),
  /** 年初预算数 / 全年执行数 of the project, where printed */
  budget: nullableAmountSchema.optional(),
  actual: nullableAmountSchema.optional(),
  /** 自评得分, out of 100 */
  score: z
    .string()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, "自评得分应为 0–100 的数")
    .refine((v) => Number(v) <= 100, "自评得分不能超过 100")
    .nullable(),
  grade: z.enum(["优", "良", "中", "差"]).nullable(),
  /** 偏差原因及改进措施 */
  gaps: z.string().max(20000).nullable().optional(),
});
export type SelfEvaluation = z.infer<typeof selfEvaluationSchema>;

export const FINDING_SEVERITIES = ["error", "warning", "rounding", "info"] as const;
export const RULE_IDS = ["T1", "T2", "T3", "X1", "N1", "N2", "P1", "R1", "I1"] as const;

export const findingSchema = z.object({
  rule: z.enum(RULE_IDS),
  severity: z.enum(FINDING_SEVERITIES),
  table: z.string().optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  /** I1: the page (PDF), sheet (workbook) or line (text) where the importer saw it. */
  page: z.number().int().optional(),
  message: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;

export const disclosureDocumentSchema = z.object({
  format: z.literal("budget-disclosure/v1"),
  district: z.string().trim().min(1).max(50),
  department: z.object({
    code: z.string().trim().min(1).max(40),
    name: z.string().trim().min(1).max(200),
  }),
  year: z.number().int().min(2000).max(2100),
  kind: disclosureKindSchema,
  sourceUnit: sourceUnitSchema,
  contact: z
    .object({ name: z.string().trim().max(50), phone: z.string().trim().max(50) })
    .optional(),
  sections: sectionsSchema,
  tables: z.array(z.union([disclosureTableSchema, otherTableSchema])).max(80),
  projects: z.array(projectSchema).max(2000),
  performance: z.object({
    overall: overallTargetSchema.nullable(),
    projects: z.array(projectTargetSchema).max(2000),
    /** 决算 only: 绩效自评 results, where reported */
    selfEvaluations: z.array(selfEvaluationSchema).max(2000).optional(),
  }),
  source: sourceSchema.optional(),
  /** Output only: ignored on input. */
  findings: z.array(findingSchema).optional(),
});
export type DisclosureDocument = z.infer<typeof disclosureDocumentSchema>;
