import { describe, expect, it } from "vitest";
import { checkGate } from "./gate";
import type { Finding } from "./schema";

const error: Finding = { rule: "T2", severity: "error", table: "general_budget_function", row: "201", column: "total", message: "类不等于款之和" };
const warning: Finding = { rule: "N1", severity: "warning", message: "说明中的金额与表不符" };
const notes: Finding[] = [
  { rule: "T2", severity: "rounding", message: "尾差" },
  { rule: "I1", severity: "info", page: 3, message: "第 3 页一格未能读取" },
  { rule: "P1", severity: "info", message: "未填写权重" },
];

describe("the error gate of a workflow step", () => {
  it("refuses to submit, approve or publish a disclosure with an error unless a 说明 is written", () => {
    for (const action of ["submit", "approve", "publish"] as const) {
      const verdict = checkGate(action, [error, warning]);
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) {
        expect(verdict.blocking).toEqual([error]);
        expect(verdict.message).toContain("1 条错误");
        expect(verdict.message).toContain("1 条警告");
      }
    }
  });

  it("lets the step go on with a 说明 of at least five characters, and keeps it", () => {
    expect(checkGate("submit", [error], "已核实")).toMatchObject({ ok: false });
    expect(checkGate("submit", [error], "   已核实   ")).toMatchObject({ ok: false });
    expect(checkGate("submit", [error], "原文如此印刷")).toEqual({ ok: true, counts: { errors: 1, warnings: 0 }, override: "原文如此印刷" });
  });

  it("never blocks on warnings, rounding, info or the importer's notes, and keeps no 说明 then", () => {
    expect(checkGate("publish", [warning, ...notes], "无需说明的说明")).toEqual({ ok: true, counts: { errors: 0, warnings: 1 }, override: null });
  });

  it("does not gate returning or retracting", () => {
    expect(checkGate("return", [error]).ok).toBe(true);
    expect(checkGate("retract", [error]).ok).toBe(true);
  });
});
