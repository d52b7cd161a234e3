import Decimal from "decimal.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { disclosureDocumentSchema, type DisclosureDocument, type SectionKey, type TableRow, isStandardTable } from "@/lib/disclosure/schema";
import { parseDisclosureText } from "./index";
import * as zfbTables from "./fixtures/beibei-zfb-2024.tables";
import * as zfbPerformance from "./fixtures/beibei-zfb-2024.performance";
import * as zwfwzxTables from "./fixtures/beibei-zwfwzx-2025.tables";
import * as zwfwzxPerformance from "./fixtures/beibei-zwfwzx-2025.performance";
import * as nananTables from "./fixtures/nanan-zwb-2024.tables";
import * as nananPerformance from "./fixtures/nanan-zwb-2024.performance";
import * as tongnanTables from "./fixtures/tongnan-zwb-2025.tables";
import * as tongnanPerformance from "./fixtures/tongnan-zwb-2025.performance";
import type { ExpectedPerformance, ExpectedTable } from "./fixtures/types";

const SEEDS = join(__dirname, "../../db/sample/disclosures");

/** Printed 万元 → 元, computed here independently of lib/money. */
function yuan(printed: string | null): string | null {
  return printed === null ? null : new Decimal(printed.replace(/,/g, "")).times(10000).toFixed(2);
}

interface Seed {
  file: string;
  header: Pick<DisclosureDocument, "district" | "department" | "year" | "kind" | "sourceUnit" | "contact">;
  /** First and last words of every section. */
  sections: Partial<Record<SectionKey, [string, string]>>;
  projects: DisclosureDocument["projects"];
  tables: ExpectedTable[];
  performance: ExpectedPerformance;
}

const GLOSSARY_END = "公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。";

const seeds: Seed[] = [
  {
    file: "beibei-zwfwzx-2025.txt",
    header: {
      district: "北碚区",
      department: { code: "134", name: "重庆市北碚区政务服务中心" },
      year: 2025,
      kind: "budget",
      sourceUnit: "万元",
      contact: { name: "李青", phone: "023-60301012" },
    },
    sections: {
      functions: ["1.贯彻执行国家、市、区关于深化政务服务改革", "9.完成区委、区政府，以及区政府办公室交办的其他事项。"],
      structure: ["下设综合科、政务运行科", "政务督导科。"],
      overview: ["（一）收入预算：2025年年初预算数 817.9 万元", "项目支出减少 14.14 万元。"],
      budgetNotes: ["2025年一般公共预算财政拨款收入817.9万元", "2025年无使用政府性基金预算拨款安排的支出。"],
      threePublicNotes: ["2025年“三公”经费预算3.8万元，与上年持平。", "公务用车购置费0万元，与上年持平。"],
      otherNotes: ["（一）机关运行经费。", "其中一般公务用车 0 辆、执勤执法用车 0 辆。"],
      glossary: ["（一）财政拨款收入：", GLOSSARY_END],
    },
    projects: [
      { code: "50010922T000000086182", name: "大厅运行经费", amount: "1970000.00", category: "一般性项目", functionCode: null },
      {
        code: "50010924T000003999521",
        name: "北碚区政务服务中心综合窗口人员专项经费",
        amount: "3180000.00",
        category: "一般性项目",
        functionCode: null,
      },
    ],
    tables: zwfwzxTables.tables,
    performance: zwfwzxPerformance.performance,
  },
  {
    file: "beibei-zfb-2024.txt",
    header: {
      district: "北碚区",
      department: { code: "104", name: "重庆市北碚区人民政府办公室" },
      year: 2024,
      kind: "budget",
      sourceUnit: "万元",
      contact: { name: "韩跃广", phone: "023-68863379" },
    },
    sections: {
      functions: ["1.负责区政府会议的准备工作", "11.承办区委、区政府交办的其他事项。"],
      structure: ["重庆市北碚区人民政府办公室内设 10 个机构科室", "2 个事业单位。"],
      overview: ["（一）收入预算：2024 年年初预算数 2,514.61 万元", "项目支出减少 410.6 万元。"],
      budgetNotes: ["2024年一般公共预算财政拨款收入 2,514.61 万元", "2024 年无使用政府性基金预算拨款安排的支出。"],
      threePublicNotes: ["2024 年“三公”经费预算 27.5 万元", "公务用车购置费 0 万元，与上年持平。"],
      otherNotes: ["（一）机关运行经费。", "其中一般公务用车 0 辆、执勤执法用车 0 辆。"],
      glossary: ["（一）财政拨款收入：", GLOSSARY_END],
    },
    projects: [
      { code: "50010924T000004332784", name: "政府网站安全等级测评费", amount: "120000.00", category: "重点专项", functionCode: null },
      { code: "50010924T000004332787", name: "信息中心网络专项经费", amount: "400000.00", category: "重点专项", functionCode: null },
    ],
    tables: zfbTables.tables,
    performance: zfbPerformance.performance,
  },
  {
    file: "nanan-zwb-2024.txt",
    header: {
      district: "南岸区",
      department: { code: "236", name: "重庆市南岸区政务服务管理办公室" },
      year: 2024,
      kind: "budget",
      sourceUnit: "万元",
      contact: { name: "胡家敏", phone: "023-62606765" },
    },
    sections: {
      functions: ["负责统筹推进“放管服”工作。", "完成区委和区政府交办的其他任务。"],
      structure: ["本部门下设综合科、政务服务科、监督管理科 3 个内设机构。", "2 个二级预算事业单位。"],
      overview: ["（一）收入预算：2024 年年初预算数 967.73 万元", "项目支出减少 47.28 万元。"],
      budgetNotes: ["2024 年一般公共预算财政拨款收入 967.73 万元", "与上年保持一致。"],
      threePublicNotes: ["2024年“三公”经费预算2.90万元", "公务用车购置费0万元，与2023年一致无变化。"],
      otherNotes: ["（一）机关运行经费。", "2024年无购置车辆的预算安排。"],
      glossary: ["(一) 财政拨款收入：", GLOSSARY_END],
    },
    projects: [
      ["公共资源交易中心运行维护费", "90000.00"],
      ["全科窗口及网上行政审批系统运维费", "65000.00"],
      ["区行政服务中心运行维护费", "400000.00"],
      ["南岸区政务公开建设工作", "155300.00"],
      ["数据中心机房及全区信息化系统租赁运维费", "973500.00"],
      ["行政中心互联网统一接入", "995400.00"],
    ].map(([name, amount]) => ({ code: null, name: name!, amount: amount!, category: null, functionCode: null })),
    tables: nananTables.tables,
    performance: nananPerformance.performance,
  },
  {
    file: "tongnan-zwb-2025.txt",
    header: {
      district: "潼南区",
      department: { code: "363", name: "重庆市潼南区政务服务管理办公室" },
      year: 2025,
      kind: "budget",
      sourceUnit: "万元",
      contact: { name: "林星好", phone: "023-44578028" },
    },
    sections: {
      functions: ["负责统筹推进、督促指导、监督管理", "完成区委和区政府交办的其他任务等工作。"],
      structure: ["重庆市潼南区政务服务管理办公室是区政府工作部门（正处级）", "在编公务车 1 辆。"],
      overview: ["（一）收入预算：2025 年年初预算数 1946.23 万元", "项目经费拨款增加 97.00 万元。"],
      budgetNotes: ["2025 年一般公共预算财政拨款收入 1946.23 万元", "未使用政府性基金预算拨款安排的支出。"],
      threePublicNotes: ["2025 年“三公”经费预算 4.00 万元，与 2024 年持平。", "公务用车购置费 0 万元，与 2024 年持平。"],
      otherNotes: ["1、机关运行经费。", "2025 年一般公共预算无购置车辆安排。"],
      glossary: ["（一）财政拨款收入：", GLOSSARY_END],
    },
    projects: [
      ["50015222T000000135300", "潼南区政务中心购买社会服务专项资金", "3750000.00", "人员性项目"],
      ["50015222T000000135339", "潼南区政务中心日常运行经费", "2000000.00", "一般性项目"],
      ["50015222T000000135401", "潼南区政务中心工作人员培训服务经费", "50000.00", "一般性项目"],
      ["50015222T000000135421", "潼南区政务中心办公房租金", "10580000.00", "一般性项目"],
      ["50015225T0000004992967", "“一窗综办”改革经费", "300000.00", "一般性项目"],
      ["50015225T0000004999364", "政务中心工作人员服装购买经费", "870000.00", "一般性项目"],
    ].map(([code, name, amount, category]) => ({ code, name: name!, amount: amount!, category, functionCode: "2010302" })),
    tables: tongnanTables.tables,
    performance: tongnanPerformance.performance,
  },
];

function keyOf(row: TableRow): string {
  if (row.side) return `${row.side}:${row.name}`;
  return row.code ?? row.name ?? "";
}

describe.each(seeds)("seed $file", (seed) => {
  const text = readFileSync(join(SEEDS, seed.file), "utf8");
  const doc = parseDisclosureText(text, { fileName: seed.file });

  it("is a valid budget-disclosure/v1 document", () => {
    expect(disclosureDocumentSchema.safeParse(doc).error?.issues ?? []).toEqual([]);
  });

  it("reads the header and the contact", () => {
    const { district, department, year, kind, sourceUnit, contact } = doc;
    expect({ district, department, year, kind, sourceUnit, contact }).toEqual(seed.header);
  });

  it("reads every narrative section", () => {
    expect(Object.keys(doc.sections).sort()).toEqual(Object.keys(seed.sections).sort());
    for (const [key, [start, end]] of Object.entries(seed.sections)) {
      const section = doc.sections[key as SectionKey]!;
      expect(section.startsWith(start), `${key} starts with ${start}: ${section.slice(0, 40)}`).toBe(true);
      expect(section.endsWith(end), `${key} ends with ${end}: ${section.slice(-40)}`).toBe(true);
      expect(section).not.toMatch(/联系人|^表[一二三]|\t/);
    }
  });

  it("reads exactly the tables printed", () => {
    expect(doc.tables.map((t) => t.kind).sort()).toEqual(seed.tables.map((t) => t.kind).sort());
  });

  it.each(seed.tables.map((t) => [t.kind, t] as const))("round-trips every figure of %s", (_kind, expected) => {
    const table = doc.tables.filter(isStandardTable).find((t) => t.kind === expected.kind)!;
    const actual = table.rows.map((row) => [keyOf(row), row.values]);
    const wanted = expected.rows.map(([key, values]) => [
      key,
      Object.fromEntries(Object.entries(values).map(([column, printed]) => [column, yuan(printed)])),
    ]);
    expect(actual).toEqual(wanted);
  });

  it("reads the projects", () => {
    expect(doc.projects).toEqual(seed.projects);
  });

  it("reads the overall performance target with every indicator", () => {
    expect(doc.performance.overall).toEqual({ goal: seed.performance.overallGoal, indicators: seed.performance.overall });
  });

  it("reads every project target with every indicator", () => {
    const actual = doc.performance.projects.map((p) => ({
      code: p.projectCode,
      name: p.projectName,
      amount: p.amount,
      indicators: p.indicators,
    }));
    const wanted = seed.performance.projects.map((p) => ({ ...p, amount: yuan(p.amount) }));
    expect(actual).toEqual(wanted);
    for (const target of doc.performance.projects) {
      expect(target.overview).toBeTruthy();
      expect(target.basis).toBeTruthy();
      expect(target.goal).toBeTruthy();
      expect(target.goal).not.toMatch(/<\/?p>/);
    }
  });
});

describe("seed specifics", () => {
  const parse = (file: string) => parseDisclosureText(readFileSync(join(SEEDS, file), "utf8"), { fileName: file });

  it("keeps the 无数据 note of an empty table", () => {
    const doc = parse("beibei-zfb-2024.txt");
    expect(doc.tables.filter(isStandardTable).find((t) => t.kind === "gov_fund")?.note).toBe("本部门无政府性基金收支，故此表无数据。");
    expect(doc.tables.filter(isStandardTable).find((t) => t.kind === "procurement")?.note).toBe("本部门无政府采购预算，故此表无数据。");
  });

  it("reads the text of the project targets", () => {
    const doc = parse("beibei-zwfwzx-2025.txt");
    const target = doc.performance.projects[1]!;
    expect(target.overview).toMatch(/^2019年起，我区开始推进“一窗综办”改革工作/);
    expect(target.basis).toMatch(/^《重庆市北碚区政务服务管理办公室职能配置、内设机构和人员编制规定》北碚委办【2019】43号/);
    expect(target.goal).toMatch(/^现聘劳务派遣人员39名.*确保大厅正常运行。$/);
  });
});
