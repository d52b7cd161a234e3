import { describe, expect, it } from "vitest";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import type { FileOutcome } from "./outcome";
import { exitCode, outcomeLine, summaryLine } from "./report";

const doc = {
  format: "budget-disclosure/v1",
  district: "北碚区",
  department: { code: "134", name: "重庆市北碚区政务服务中心" },
  year: 2025,
  kind: "budget",
  sourceUnit: "万元",
  sections: {},
  tables: [],
  projects: [],
  performance: { overall: null, projects: [] },
} satisfies DisclosureDocument;

const imported: FileOutcome = { status: "imported", disclosureId: "d1", revision: 2, departmentKey: "500109-134", departmentCreated: false, doc, i1: 3, findings: 12 };
const skipped: FileOutcome = { status: "skipped", disclosureId: "d0", message: "已导入过（sha256 相同），跳过" };
const refused: FileOutcome = { status: "refused", message: "文件 x.txt：找不到任何预算表" };

describe("the command line's report", () => {
  it("gives one line per file: imported as which draft, skipped, refused and why, with the I1 and findings counts", () => {
    expect(outcomeLine("a.pdf", imported)).toBe("a.pdf：已导入为草稿 d1（第 2 版，部门 500109-134）；导入时未能读取 3 处，一致性发现 12 条");
    expect(outcomeLine("b.pdf", skipped)).toBe("b.pdf：已导入过（sha256 相同），跳过（已有文件 d0）");
    expect(outcomeLine("x.txt", refused)).toBe("x.txt：未导入：文件 x.txt：找不到任何预算表");
    expect(outcomeLine("c.pdf", { status: "parsed", doc, i1: 0, findings: 1 })).toBe(
      "c.pdf：已解析（未写入）：北碚区 重庆市北碚区政务服务中心（134）2025 年部门预算，单位 万元，0 张表，0 个项目；导入时未能读取 0 处，一致性发现 1 条",
    );
  });

  it("sums up, and exits 1 only when a file was refused or failed", () => {
    expect(summaryLine([imported, skipped, refused])).toBe("共 3 个文件：导入 1 个，跳过 1 个，未导入 1 个。");
    expect(exitCode([imported, skipped])).toBe(0);
    expect(exitCode([imported, refused])).toBe(1);
    expect(exitCode([{ status: "failed", message: "超时" }])).toBe(1);
  });
});
