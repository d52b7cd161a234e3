import { describe, expect, it } from "vitest";
import { tableKindsFor, type TableKind } from "@/lib/disclosure/schema";
import { checkRequiredTables } from "./r1-required-tables";
import { brief, consistentDoc, row, table, tableOf, variant } from "./test-fixtures";

describe("R1 required tables", () => {
  it("passes a budget with the tables of 财预〔2016〕143号 and an empty one that says 无数据", () => {
    expect(checkRequiredTables(consistentDoc())).toEqual([]);
  });

  it("reports a missing required table as an error, a missing procurement table as a warning", () => {
    const doc = variant((d) => {
      d.tables = d.tables.filter((t) => !["income_summary", "three_public", "procurement"].includes(t.kind));
    });
    expect(brief(checkRequiredTables(doc))).toEqual([
      "R1 | error | income_summary |  | ",
      "R1 | error | three_public |  | ",
      "R1 | warning | procurement |  | ",
    ]);
  });

  it("wants an empty table to carry its 无数据 note", () => {
    const doc = variant((d) => {
      delete tableOf(d, "gov_fund").note;
    });
    expect(brief(checkRequiredTables(doc))).toEqual(["R1 | warning | gov_fund |  | "]);
  });

  it("asks a final account for its 决算 tables, the state-capital one too, not for procurement", () => {
    const finalTable = (kind: TableKind) => table(kind, [row("total", "合计", { total: "1.00" })]);
    const FINAL_KINDS = tableKindsFor("final").filter((k) => k !== "final_state_capital");
    const doc = variant((d) => {
      d.kind = "final";
      d.tables = FINAL_KINDS.map(finalTable);
    });
    expect(brief(checkRequiredTables(doc))).toEqual(["R1 | error | final_state_capital |  | "]);
    const complete = variant((d) => {
      d.kind = "final";
      d.tables = [...FINAL_KINDS.map(finalTable), table("final_state_capital", [row("total", "合计", { total: "" })], "本单位无国有资本经营预算支出，此表为空表。")];
    });
    expect(checkRequiredTables(complete)).toEqual([]);
  });

  it("counts no table kept as printed, whatever its title", () => {
    const doc = variant((d) => {
      d.tables = d.tables.filter((t) => t.kind !== "income_summary");
      d.tables.push({ kind: "other", title: "部门收入总表", unit: "万元", columns: ["项目", "合计"], rows: [] });
    });
    expect(brief(checkRequiredTables(doc))).toEqual(["R1 | error | income_summary |  | "]);
  });
});
