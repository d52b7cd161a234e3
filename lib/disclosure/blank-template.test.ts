import { describe, expect, it } from "vitest";
import { checkDisclosure } from "@/lib/rules";
import { blankTables } from "./blank-template";
import { emptyDocument } from "./next-year";
import { tableKindsFor } from "./schema";

const department = { code: "134", name: "重庆市北碚区政务服务中心" };

describe("the tables a blank draft starts with", () => {
  it("has every table a budget must publish, titled with the department and with its 合计 rows", () => {
    const tables = blankTables("budget", department.name);
    expect(tables).toHaveLength(9);
    expect(tables.map((t) => t.title)).toContain("重庆市北碚区政务服务中心一般公共预算财政拨款支出表");
    for (const t of tables.filter((t) => t.kind !== "three_public")) expect(t.rows.some((r) => r.code === "total")).toBe(true);
    const threePublic = tables.find((t) => t.kind === "three_public")!;
    expect(threePublic.rows.map((r) => r.name)).toEqual(["prior", "current"]);
    const summary = tables.find((t) => t.kind === "income_expenditure_summary")!;
    expect(summary.rows.filter((r) => r.code === "total").map((r) => r.side)).toEqual(["income", "expenditure"]);
    expect(summary.rows.filter((r) => r.side === "income").map((r) => r.name)).toContain("一般公共预算资金");
  });

  it("leaves R1 nothing missing, for a budget and for final accounts, and every amount blank", () => {
    for (const kind of ["budget", "final"] as const) {
      const doc = { ...emptyDocument({ district: "北碚区", department, year: 2030, kind }), tables: blankTables(kind, department.name) };
      expect(doc.tables.every((t) => tableKindsFor(kind).includes(t.kind))).toBe(true);
      expect(checkDisclosure(doc).filter((f) => f.rule === "R1" && f.message.startsWith("缺少"))).toEqual([]);
      expect(doc.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.values))).every((v) => v === null)).toBe(true);
    }
  });
});
