import { describe, expect, it } from "vitest";
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

  it("asks a final account for the state-capital table too, not for procurement", () => {
    const doc = variant((d) => {
      d.kind = "final";
      d.tables = d.tables.filter((t) => t.kind !== "procurement");
    });
    expect(brief(checkRequiredTables(doc))).toEqual(["R1 | error | state_capital |  | "]);
    const complete = variant((d) => {
      d.kind = "final";
      d.tables.push(table("state_capital", [row("total", "合计", { total: "" })], "本单位无国有资本经营预算支出，此表为空表。"));
    });
    expect(checkRequiredTables(complete)).toEqual([]);
  });
});
