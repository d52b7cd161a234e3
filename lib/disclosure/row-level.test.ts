import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { rowLevels } from "./row-level";
import { importTextDocument } from "@/lib/documents";
import { findTable, type TableKind } from "./schema";

const seed = (file: string) => importTextDocument(new Uint8Array(fs.readFileSync(`db/sample/disclosures/${file}`)), file);
const zwfwzx = seed("beibei-zwfwzx-2025.txt");

/** Each row's level by its code or name, as `depth` + `b` when bold. */
function levels(kind: TableKind, doc = zwfwzx) {
  const rows = findTable(doc, kind)!.rows;
  const out = rowLevels(rows);
  return rows.map((r, i) => `${r.side ? `${r.side === "income" ? "收" : "支"} ` : ""}${r.code && r.code !== "total" ? r.code : r.name ?? "合计"} ${out[i]!.depth}${out[i]!.strong ? "b" : ""}`);
}

describe("row levels", () => {
  it("prints 类 bold, 款 indented once and 项 twice in the function classification", () => {
    // 一般公共预算财政拨款支出预算表: 合计, 201 一般公共服务支出, 20103 政府办公厅（室）及相关机构事务, 2010301 行政运行
    expect(levels("general_budget_function").slice(0, 5)).toEqual(["合计 0b", "201 0b", "20103 1", "2010301 2", "2010302 2"]);
  });

  it("does the same for the economic classification: 301 工资福利支出 bold, 30101 基本工资 indented", () => {
    const basic = levels("basic_economic");
    expect(basic).toContain("301 0b");
    expect(basic).toContain("30101 1");
  });

  it("indents the items under 一、本年收入 and 二、上年结转 of the 财政拨款收支总表, not the sums", () => {
    expect(levels("fiscal_summary")).toEqual([
      "收 本年收入 0b",
      "收 一般公共预算资金 1",
      "收 政府性基金预算资金 1",
      "收 国有资本经营预算资金 1",
      "收 上年结转 0b",
      "收 一般公共预算拨款 1",
      "收 政府性基金预算拨款 1",
      "收 国有资本经营收入 1",
      "收 收入合计 0b",
      "支 本年支出 0b",
      "支 一般公共服务支出 1",
      "支 社会保障和就业支出 1",
      "支 卫生健康支出 1",
      "支 住房保障支出 1",
      "支 结转下年 0b",
      "支 支出合计 0b",
    ]);
  });

  it("leaves the sources of the 部门收支总表 unindented where the form has no part heading", () => {
    expect(levels("income_expenditure_summary").slice(0, 3)).toEqual(["收 合计 0b", "收 一般公共预算资金 0", "收 政府性基金预算资金 0"]);
  });
});
