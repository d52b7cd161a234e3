import Decimal from "decimal.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { disclosureDocumentSchema, type SectionKey, type SourceUnit, type TableRow, isStandardTable } from "@/lib/disclosure/schema";
import { parseDisclosureText, recognize, textModel } from "./index";
import { UNSEEN_DOCUMENTS } from "./fixtures/unseen";

/** A printed figure in the document's unit → 元, computed here independently of lib/money. */
function yuan(printed: string | null, unit: SourceUnit): string | null {
  if (printed === null) return null;
  const half = printed.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, "").replace("．", ".");
  return new Decimal(half).times(unit === "万元" ? 10000 : 1).toFixed(2);
}

function keyOf(row: TableRow): string {
  if (row.side) return `${row.side}:${row.name}`;
  return row.code ?? row.name ?? "";
}

describe.each(UNSEEN_DOCUMENTS)("unseen document $file", (expected) => {
  const text = readFileSync(join(__dirname, "fixtures/unseen", expected.file), "utf8");
  const doc = parseDisclosureText(text, { fileName: expected.file });
  const unit = expected.header.sourceUnit;

  it("is a valid budget-disclosure/v1 document", () => {
    expect(disclosureDocumentSchema.safeParse(doc).error?.issues ?? []).toEqual([]);
  });

  it("reads the header and the contact", () => {
    const { district, department, year, kind, sourceUnit, contact } = doc;
    expect({ district, department, year, kind, sourceUnit, contact }).toEqual(expected.header);
  });

  it("reads every narrative section", () => {
    expect(Object.keys(doc.sections).sort()).toEqual(Object.keys(expected.sections).sort());
    for (const [key, [start, end]] of Object.entries(expected.sections)) {
      const section = doc.sections[key as SectionKey]!;
      expect(section.startsWith(start), `${key} starts with ${start}: ${section.slice(0, 60)}`).toBe(true);
      expect(section.endsWith(end), `${key} ends with ${end}: ${section.slice(-60)}`).toBe(true);
      expect(section).not.toMatch(/联系人|联系电话|\t/);
    }
  });

  it("reads exactly the tables printed", () => {
    expect(doc.tables.map((t) => t.kind).sort()).toEqual(expected.tables.map((t) => t.kind).sort());
    expect(Object.fromEntries(doc.tables.filter((t) => t.note).map((t) => [t.kind, t.note]))).toEqual(expected.notes);
  });

  it.each(expected.tables.map((t) => [t.kind, t] as const))("round-trips every figure of %s", (_kind, table) => {
    const actual = doc.tables.filter(isStandardTable).find((t) => t.kind === table.kind)!.rows.map((row) => [keyOf(row), row.values]);
    const wanted = table.rows.map(([key, values]) => [
      key,
      Object.fromEntries(Object.entries(values).map(([column, printed]) => [column, yuan(printed, unit)])),
    ]);
    expect(actual).toEqual(wanted);
  });

  it("reads the projects", () => {
    expect(doc.projects).toEqual(expected.projects.map((p) => ({ ...p, amount: yuan(p.amount, unit) })));
  });

  it("reads the overall target and every project target with every indicator", () => {
    const overall = expected.performance.overall.length > 0 ? { goal: expected.performance.overallGoal, indicators: expected.performance.overall } : null;
    expect(doc.performance.overall).toEqual(overall);
    const actual = doc.performance.projects.map((p) => ({ code: p.projectCode, name: p.projectName, amount: p.amount, indicators: p.indicators }));
    expect(actual).toEqual(expected.performance.projects.map((p) => ({ ...p, amount: yuan(p.amount, unit) })));
    for (const target of doc.performance.projects) {
      expect(target.overview).toBeTruthy();
      expect(target.basis).toBeTruthy();
      expect(target.goal).toBeTruthy();
    }
  });
});

describe("unseen-family layouts read as far as they can be, with the rest reported", () => {
  const read = (file: string) => readFileSync(join(__dirname, "fixtures/unseen", file), "utf8");
  const recognized = (text: string) => recognize(textModel(text), { fileName: "x.txt" });

  it("leaves out a space-separated row that lost a blank cell, quoting it", () => {
    const text = read("wanzhou-nyncw-2026.txt").replace("212    城乡社区支出    350.00    0.00    350.00", "212    城乡社区支出    350.00    350.00");
    const { doc, issues } = recognized(text);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^“重庆市万州区农业农村委员会2026年政府性基金预算支出表”第 2 行未能读取（以空格分隔，有 4 个单元格而表头有 5 列，无法确定空白单元格属于哪一列），原文：“212 \| 城乡社区支出 \| 350\.00 \| 350\.00”/),
    ]);
    const govFund = doc.tables.find((t) => t.kind === "gov_fund");
    expect(govFund?.kind !== "other" && govFund?.rows.map((r) => r.code)).not.toContain("212");
  });

  it("reads a 决算's 政府性基金 table with its 年初结转, 本年收入 and 本年支出 columns", () => {
    const text = read("dazu-tyjrswj-2024-final.txt").replace(
      "合计\t\t\t\t\t\t\t\n\n注：本单位2024年度无政府性基金",
      "合计\t\t\t50.00\t50.00\t\t50.00\t\n\n注：本单位2024年度无政府性基金",
    );
    const table = recognized(text).doc.tables.find((t) => t.kind === "final_gov_fund");
    expect(table?.kind !== "other" && table?.rows[0]?.values).toEqual({
      carryoverStart: null,
      income: "50.00",
      total: "50.00",
      basic: null,
      project: "50.00",
      carryoverEnd: null,
    });
  });

  it("reads the 年初预算数 and 全年预算数 a 决算's 一般公共预算 table prints beside its 本年支出", () => {
    const table5 = [
      "表5　一般公共预算财政拨款支出决算表",
      "单位：元",
      "科目编码\t科目名称\t年初预算数\t全年预算数\t本年支出\t\t",
      "\t\t\t\t合计\t基本支出\t项目支出",
      "合计\t\t8,500,000.00\t8,600,000.00\t8,450,432.10\t5,150,432.10\t3,300,000.00",
      "",
    ].join("\n");
    const text = read("dazu-tyjrswj-2024-final.txt").replace(/表5　一般公共预算财政拨款支出决算表[\s\S]*?(?=表6)/, table5);
    const table = recognized(text).doc.tables.find((t) => t.kind === "final_general_budget_function");
    expect(table?.kind !== "other" && table?.rows[0]?.values).toEqual({
      budgetInitial: "8500000.00",
      budgetAdjusted: "8600000.00",
      total: "8450432.10",
      basic: "5150432.10",
      project: "3300000.00",
    });
  });

  it("reads a table printed in two panes, each with its own codes", () => {
    const panes = [
      "表6　一般公共预算财政拨款基本支出决算表",
      "单位：元",
      "人员经费\t\t\t公用经费\t\t",
      "科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数",
      "301\t工资福利支出\t4,538,938.30\t302\t商品和服务支出\t411,493.80",
      "30101\t基本工资\t1,200,000.00\t30201\t办公费\t120,000.00",
      "人员经费合计\t\t4,738,938.30\t公用经费合计\t\t411,493.80",
      "",
    ].join("\n");
    const text = read("dazu-tyjrswj-2024-final.txt").replace(/表6　一般公共预算财政拨款基本支出决算表[\s\S]*?(?=表7)/, panes);
    const table = recognized(text).doc.tables.find((t) => t.kind === "final_basic_economic");
    const amounts = table?.kind === "other" ? [] : (table?.rows ?? []).map((r) => [r.code ?? r.name, r.values.amount]);
    expect(amounts).toEqual([
      ["301", "4538938.30"],
      ["30101", "1200000.00"],
      ["人员经费合计", "4738938.30"],
      ["302", "411493.80"],
      ["30201", "120000.00"],
      ["公用经费合计", "411493.80"],
    ]);
  });
});

describe("the same unseen document in other encodings of its layout", () => {
  const text = readFileSync(join(__dirname, "fixtures/unseen/yubei-jw-2025.txt"), "utf8");
  const original = parseDisclosureText(text, { fileName: "x.txt" });

  it("reads CRLF line ends the same", () => {
    expect(parseDisclosureText(text.replace(/\n/g, "\r\n"), { fileName: "x.txt" })).toEqual(original);
  });

  it("reads a table whose cells are separated by runs of spaces the same when no cell is blank", () => {
    const spaced = text.replace(/^(\d{5,7}|合计|\d{3})\t([^\t\n]+)\t([\d,.]+)\t([\d,.]+)\t([\d,.]+)$/gm, "$1    $2    $3    $4    $5");
    expect(spaced).not.toBe(text);
    expect(parseDisclosureText(spaced, { fileName: "x.txt" })).toEqual(original);
  });
});

describe("the same unseen document with its header, contact and a title laid out otherwise", () => {
  const text = readFileSync(join(__dirname, "fixtures/unseen/wanzhou-nyncw-2026.txt"), "utf8");
  const original = parseDisclosureText(text, { fileName: "x.txt" });

  it("reads a title over two lines with a full-width year, 联系人及电话, and a unit printed beside a table title", () => {
    const variant = text
      .replace("重庆市万州区农业农村委员会2026年部门预算情况说明", "重庆市万州区农业农村委员会\n\n２０２６年\n部门预算情况说明")
      .replace("联系人：李明远，联系电话：023-58231167", "联系人及电话：李明远 （023）58231167")
      .replace(
        "附表1：重庆市万州区农业农村委员会2026年一般公共预算财政拨款支出预算表\n\n单位：万元",
        "附表1：重庆市万州区农业农村委员会2026年一般公共预算财政拨款支出预算表\t\t\t\t\t单位：万元",
      );
    const doc = parseDisclosureText(variant, { fileName: "x.txt" });
    expect(doc.contact).toEqual({ name: "李明远", phone: "（023）58231167" });
    expect({ ...doc, contact: original.contact }).toEqual(original);
  });
});

describe("more ways the same documents are printed", () => {
  const read = (file: string) => readFileSync(join(__dirname, "fixtures/unseen", file), "utf8");
  const parse = (text: string) => parseDisclosureText(text, { fileName: "x.txt" });

  it.each([
    ["关于重庆市万州区农业农村委员会2026年部门预算情况的说明"],
    ["2026年重庆市万州区农业农村委员会部门预算情况说明"],
  ])("reads the title %s", (title) => {
    const doc = parse(read("wanzhou-nyncw-2026.txt").replace("重庆市万州区农业农村委员会2026年部门预算情况说明", title));
    expect([doc.department.name, doc.year, doc.kind]).toEqual(["重庆市万州区农业农村委员会", 2026, "budget"]);
  });

  it("reads a project code and a department code printed in fields of their own", () => {
    const text = read("yubei-jw-2025.txt")
      .replace(/编制单位：118\d{3}-[^\n]*\n/g, "")
      .replace("部门（单位）名称\t重庆市渝北区教育委员会", "部门编码\t118\t\t\t\t\n部门（单位）名称\t重庆市渝北区教育委员会")
      .replace("项目名称\t50011225T000001234501-学前教育普惠保教经费", "项目编码\t50011225T000001234501\t\t\t\t\t\t\n项目名称\t学前教育普惠保教经费");
    const doc = parse(text);
    expect(doc.department.code).toBe("118");
    expect(doc.performance.projects[0]).toMatchObject({ projectCode: "50011225T000001234501", projectName: "学前教育普惠保教经费" });
  });

  it("keeps a “三公” table of several units without a 合计 row as printed rather than read one unit as the department", () => {
    const text = read("yubei-jw-2025.txt").replace(/\n\t合计\t98,000\.00[^\n]*/, "");
    const { doc, issues } = recognize(textModel(text), { fileName: "x.txt" });
    expect(doc.tables.some((t) => t.kind === "three_public")).toBe(false);
    expect(doc.tables.some((t) => t.kind === "other" && t.title === "2025年一般公共预算“三公”经费支出预算表")).toBe(true);
    expect(issues.map((i) => i.message)).toContainEqual(expect.stringMatching(/有 2 行金额（如各单位分列）而没有“合计”行/));
  });
});
