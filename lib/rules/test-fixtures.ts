import { type DisclosureDocument, type DisclosureTable, findTable, type Indicator, type TableKind, type TableRow } from "@/lib/disclosure/schema";
import { Dec } from "./money";

/** 万元 as printed → the stored 元 string; "" is a blank cell. */
export function wan(printed: string): string | null {
  return printed === "" ? null : new Dec(printed).mul(10000).toFixed(2);
}

type Cells = Record<string, string>;

/** A row from printed 万元 figures: row("201", "一般公共服务支出", { total: "900.00" }). */
export function row(code: string | undefined, name: string | undefined, cells: Cells, side?: "income" | "expenditure"): TableRow {
  const r: TableRow = { values: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, wan(v)])) };
  if (code !== undefined) r.code = code;
  if (name !== undefined) r.name = name;
  if (side !== undefined) r.side = side;
  return r;
}

export function table(kind: TableKind, rows: TableRow[], note?: string): DisclosureTable {
  return note === undefined ? { kind, title: "", rows } : { kind, title: "", rows, note };
}

export function indicator(level3: string, operator: string, value: string, weight: string | null, unit = "%"): Indicator {
  return { level1: "产出指标", level2: "数量指标", level3, unit, operator, value, weight, core: null };
}


const classified = (extra: (code: string) => Cells) => [
  row("total", "合计", { total: "1000.00", basic: "400.00", project: "600.00", ...extra("total") }),
  row("201", "一般公共服务支出", { total: "900.00", basic: "300.00", project: "600.00", ...extra("201") }),
  row("20103", "政府办公厅（室）及相关机构事务", { total: "900.00", basic: "300.00", project: "600.00", ...extra("20103") }),
  row("2010301", "行政运行", { total: "300.00", basic: "300.00", project: "", ...extra("2010301") }),
  row("2010302", "一般行政管理事务", { total: "600.00", basic: "", project: "600.00", ...extra("2010302") }),
  row("208", "社会保障和就业支出", { total: "100.00", basic: "100.00", project: "", ...extra("208") }),
  row("20805", "行政事业单位养老支出", { total: "100.00", basic: "100.00", project: "", ...extra("20805") }),
  row("2080505", "机关事业单位基本养老保险缴费支出", { total: "60.00", basic: "60.00", project: "", ...extra("2080505") }),
  row("2080506", "机关事业单位职业年金缴费支出", { total: "40.00", basic: "40.00", project: "", ...extra("2080506") }),
];

const PRIOR: Record<string, string> = { total: "900.00", "201": "800.00", "20103": "800.00", "2010301": "250.00", "2010302": "550.00", "208": "100.00", "20805": "100.00", "2080505": "60.00", "2080506": "40.00" };

/** A budget in 万元 where every table, the narrative and the targets agree: no rule may find anything. */
export function consistentDoc(): DisclosureDocument {
  return {
    format: "budget-disclosure/v1",
    district: "北碚区",
    department: { code: "999", name: "重庆市北碚区示例局" },
    year: 2025,
    kind: "budget",
    sourceUnit: "万元",
    sections: {
      overview:
        "（一）收入预算：2025 年年初预算数 1,000.00 万元，其中：一般公共预算拨款 1000 万元。收入比 2024 年增加 100 万元。\n" +
        "（二）支出预算：2025 年年初预算数 1000 万元，其中：一般公共服务支出 900 万元，社会保障和就业支出 100.0 万元。",
      budgetNotes:
        "2025 年一般公共预算财政拨款支出 1000 万元，比 2024 年增加 100.00 万元。其中：基本支出 400 万元，比 2024 年减少 10 万元，" +
        "主要是人员减少；项目支出 600 万元，比 2024 年增加 110 万元。",
      threePublicNotes:
        "2025 年“三公”经费预算 10 万元，比 2024 年减少 2 万元，下降 16.7%。其中：因公出国（境）费用 0 万元，与上年持平；公务接待费 2 万元，" +
        "比 2024 年减少 2 万元；公务用车运行维护费 8 万元，与上年持平；公务用车购置费 0 万元，与上年持平。",
      otherNotes:
        "（一）机关运行经费。2025 年一般公共预算财政拨款运行经费 50 万元，比 2024 年减少 5 万元。" +
        "（二）政府采购情况。政府采购预算总额 30 万元：政府采购货物预算 20 万元、政府采购工程预算 0 万元、政府采购服务预算 10 万元；" +
        "其中一般公共预算拨款政府采购 25 万元：政府采购货物预算 15 万元、政府采购服务预算 10 万元。" +
        "（三）绩效目标设置情况。2025 年项目支出均实行了绩效目标管理，涉及一般公共预算财政拨款 600 万元。",
      glossary: "（一）基本支出：指为保障机构正常运转而发生的人员经费和公用经费，例如 5 万元以下的办公费。",
    },
    tables: [
      table("income_expenditure_summary", [
        row(undefined, "一般公共预算拨款收入", { amount: "1000.00" }, "income"),
        row("total", "收入总计", { amount: "1000.00" }, "income"),
        row(undefined, "一、一般公共服务支出", { amount: "900.00" }, "expenditure"),
        row(undefined, "八、社会保障和就业支出", { amount: "100.00" }, "expenditure"),
        row("total", "支出总计", { amount: "1000.00" }, "expenditure"),
      ]),
      table("income_summary", [
        row("total", "合计", { total: "1000.00", generalBudget: "1000.00" }),
        row("201", "一般公共服务支出", { total: "900.00", generalBudget: "900.00" }),
        row("208", "社会保障和就业支出", { total: "100.00", generalBudget: "100.00" }),
      ]),
      table("expenditure_summary", classified(() => ({}))),
      table("fiscal_summary", [
        row(undefined, "本年收入", { amount: "1000.00" }, "income"),
        row(undefined, "一般公共预算资金", { amount: "1000.00" }, "income"),
        row("total", "收入合计", { amount: "1000.00" }, "income"),
        row(undefined, "本年支出", { total: "1000.00", generalBudget: "1000.00" }, "expenditure"),
        row(undefined, "（一）一般公共服务支出", { total: "900.00", generalBudget: "900.00" }, "expenditure"),
        row(undefined, "（八）社会保障和就业支出", { total: "100.00", generalBudget: "100.00" }, "expenditure"),
        row(undefined, "结转下年", { total: "" }, "expenditure"),
        row("total", "支出合计", { total: "1000.00", generalBudget: "1000.00" }, "expenditure"),
      ]),
      table("general_budget_function", classified((code) => ({ prior: PRIOR[code] ?? "" }))),
      table("basic_economic", [
        row("total", "合计", { total: "400.00", personnel: "350.00", publicUse: "50.00" }),
        row("301", "工资福利支出", { total: "350.00", personnel: "350.00" }),
        row("30101", "基本工资", { total: "200.00", personnel: "200.00" }),
        row("30102", "津贴补贴", { total: "150.00", personnel: "150.00" }),
        row("302", "商品和服务支出", { total: "50.00", publicUse: "50.00" }),
        row("30201", "办公费", { total: "40.00", publicUse: "40.00" }),
        row("30217", "公务接待费", { total: "2.00", publicUse: "2.00" }),
        row("30231", "公务用车运行维护费", { total: "8.00", publicUse: "8.00" }),
      ]),
      table("three_public", [
        row(undefined, "prior", { total: "12.00", outbound: "", vehicleSubtotal: "8.00", vehiclePurchase: "", vehicleOperation: "8.00", reception: "4.00" }),
        row(undefined, "current", { total: "10.00", outbound: "", vehicleSubtotal: "8.00", vehiclePurchase: "", vehicleOperation: "8.00", reception: "2.00" }),
      ]),
      table("gov_fund", [row("total", "合计", { total: "", basic: "", project: "" })], "本部门无政府性基金预算收支，故此表无数据。"),
      table("procurement", [row("total", "合计", { total: "30.00", goods: "20.00", works: "", services: "10.00" })]),
    ],
    projects: [
      { code: "50010925T000000000001", name: "大厅运行经费", amount: wan("400.00"), category: "一般性项目", functionCode: "2010302" },
      { code: "50010925T000000000002", name: "窗口人员经费", amount: wan("200.00"), category: "人员性项目", functionCode: "2010302" },
    ],
    performance: {
      overall: {
        goal: "提升政务服务质效",
        indicators: [indicator("办件量", "≥", "80", "60", "万件"), indicator("群众满意", "定性", "满意", "40", "")],
      },
      projects: [
        {
          projectCode: "50010925T000000000001",
          projectName: "大厅运行经费",
          amount: wan("400.00"),
          indicators: [indicator("办件量", "≥", "80", "50", "万件"), indicator("按时办结率", "≥", "99.5", "50")],
        },
        {
          projectCode: "50010925T000000000002",
          projectName: "窗口人员经费",
          amount: wan("200.00"),
          // Chongqing's form keeps 预算执行率权重 10 outside the list
          indicators: [indicator("发放月数", "=", "12个", "60", "个"), indicator("投诉率", "≤", "1", "30")],
        },
      ],
    },
  };
}

/** A deep copy to break. */
export function variant(change: (doc: DisclosureDocument) => void): DisclosureDocument {
  const doc = structuredClone(consistentDoc());
  change(doc);
  return doc;
}

export function tableOf(doc: DisclosureDocument, kind: TableKind): DisclosureTable {
  const t = findTable(doc, kind);
  if (!t) throw new Error(`no ${kind}`);
  return t;
}

/** Sets one printed cell (万元) of the row with this code or name. */
export function setCell(doc: DisclosureDocument, kind: TableKind, key: string, column: string, printed: string, side?: "income" | "expenditure"): void {
  const r = tableOf(doc, kind).rows.find((x) => (x.code === key || x.name === key) && (side === undefined || x.side === side));
  if (!r) throw new Error(`no row ${key} in ${kind}`);
  (r.values as Record<string, string | null>)[column] = wan(printed);
}

/** rule | severity | table | row | column of each finding, to compare whole lists. */
export function brief(findings: { rule: string; severity: string; table?: string; row?: string; column?: string }[]): string[] {
  return findings.map((f) => [f.rule, f.severity, f.table ?? "", f.row ?? "", f.column ?? ""].join(" | "));
}
