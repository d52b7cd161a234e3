import { describe, expect, it } from "vitest";
import { headlineFigures } from "./headline";
import type { DisclosureDocument } from "./schema";

const finalAccount: DisclosureDocument = {
  format: "budget-disclosure/v1",
  district: "大足区",
  department: { code: "327", name: "重庆市大足区退役军人事务局" },
  year: 2024,
  kind: "final",
  sourceUnit: "元",
  sections: {},
  tables: [
    { kind: "other", title: "收入决算表", columns: ["项目", "本年收入合计"], rows: [{ cells: ["合计", "1.00"] }] },
    { kind: "final_income", title: "收入决算表", rows: [{ code: "total", name: "合计", values: { total: "8365419.60" } }] },
    { kind: "final_expenditure", title: "支出决算表", rows: [{ code: "total", name: "合计", values: { total: "8450432.10", basic: "5150432.10", project: "3300000.00" } }] },
    {
      kind: "final_three_public",
      title: "“三公”经费支出决算表",
      rows: [
        { name: "budget", values: { total: "60000.00" } },
        { name: "final", values: { total: "52300.00" } },
      ],
    },
  ],
  projects: [],
  performance: { overall: null, projects: [] },
};

describe("the headline figures of a 决算", () => {
  it("come from its 决算 tables, the “三公” 决算数 row, never from a table kept as printed", () => {
    expect(headlineFigures(finalAccount)).toEqual({
      totalIncome: "8365419.60",
      totalExpenditure: "8450432.10",
      basicTotal: "5150432.10",
      projectTotal: "3300000.00",
      threePublicTotal: "52300.00",
    });
  });
});
