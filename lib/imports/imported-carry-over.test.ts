import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { importTextDocument } from "@/lib/documents";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { importedCarryOver } from "./imported-carry-over";

const sample = importTextDocument(new Uint8Array(fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt")), "beibei.txt");
const withTables = (tables: DisclosureDocument["tables"]) => ({ tables });

describe("an imported draft's read-only columns", () => {
  it("are the 上年数 of the 一般公共预算财政拨款支出表 when the file prints last year's figures", () => {
    expect(importedCarryOver(sample)).toEqual({ from: null, readOnly: [{ table: "general_budget_function", column: "prior" }], marks: [] });
  });

  it("leave the “三公” table editable: its 上年 is a row, and locking its columns would lock 本年 too", () => {
    expect(importedCarryOver(sample)!.readOnly.some((c) => c.table === "three_public")).toBe(false);
  });

  it("are none when the 上年数 column is blank throughout, or the table is missing", () => {
    const blank = withTables([{ kind: "general_budget_function", title: "", rows: [{ code: "201", name: "一般公共服务支出", values: { prior: null, total: "100.00" } }] }]);
    expect(importedCarryOver(blank)).toBeUndefined();
    expect(importedCarryOver(withTables([]))).toBeUndefined();
  });

  it("count a single printed figure, even a zero", () => {
    const one = withTables([{ kind: "general_budget_function", title: "", rows: [{ code: "201", values: { prior: "0.00" } }, { code: "202", values: {} }] }]);
    expect(importedCarryOver(one)?.readOnly).toEqual([{ table: "general_budget_function", column: "prior" }]);
  });
});
