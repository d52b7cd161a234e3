import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { importTextDocument } from "@/lib/documents";
import { findTable, type TableKind, type TableRow } from "./schema";
import { pairSides } from "./side-pairs";

const seed = (file: string) => importTextDocument(new Uint8Array(fs.readFileSync(`db/sample/disclosures/${file}`)), file);

const cell = (row: TableRow | null) => {
  if (!row) return "";
  const values = row.values as Record<string, string | null>;
  const amount = values.amount ?? values.total;
  return amount ? `${row.name} ${amount}` : (row.name ?? "");
};

const printed = (file: string, kind: TableKind) => pairSides(findTable(seed(file), kind)!.rows).map((l) => [cell(l.income), cell(l.expenditure)]);

describe("the 收入 | 支出 lines of a summary table", () => {
  it("pairs the 财政拨款收支总表 of 北碚区政务服务中心 2025 line by line as printed", () => {
    // seeds/beibei-zwfwzx-2025.txt, 财政拨款收支总表 (万元, here in 元)
    expect(printed("beibei-zwfwzx-2025.txt", "fiscal_summary")).toEqual([
      ["本年收入 8179000.00", "本年支出 8179000.00"],
      ["一般公共预算资金 8179000.00", "一般公共服务支出 7486600.00"],
      ["政府性基金预算资金", "社会保障和就业支出 347200.00"],
      ["国有资本经营预算资金", "卫生健康支出 118000.00"],
      ["", "住房保障支出 227200.00"],
      ["上年结转", "结转下年"],
      ["一般公共预算拨款", ""],
      ["政府性基金预算拨款", ""],
      ["国有资本经营收入", ""],
      ["收入合计 8179000.00", "支出合计 8179000.00"],
    ]);
  });

  it("keeps the 部门收支总表's 合计 on its first line, as 北碚区人民政府办公室 2024 prints it", () => {
    const lines = printed("beibei-zfb-2024.txt", "income_expenditure_summary");
    expect(lines[0]).toEqual(["合计 25146100.00", "合计 25146100.00"]);
    expect(lines[4]).toEqual(["财政专户管理资金", "住房保障支出 1114700.00"]);
    expect(lines.at(-1)).toEqual(["其他收入资金", ""]);
    expect(lines).toHaveLength(10);
  });

  it("closes the 潼南区 2025 部门收支总表 with 本年合计, 上年结转 | 结转下年 and 总计 beside each other", () => {
    const lines = printed("tongnan-zwb-2025.txt", "income_expenditure_summary");
    expect(lines.slice(-3)).toEqual([
      ["本年收入合计 19462300.00", "本年支出合计 19462300.00"],
      ["上年结转", "结转下年"],
      ["收入总计 19462300.00", "支出总计 19462300.00"],
    ]);
    // 28 支出 lines above, the 9 收入 sources beside the first of them
    expect(lines[0]).toEqual(["一般公共预算拨款收入 19462300.00", "一般公共服务支出 19006600.00"]);
    expect(lines[9]).toEqual(["", "卫生健康支出 103600.00"]);
    expect(lines).toHaveLength(31);
  });
});
