import { describe, expect, it } from "vitest";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { tableChoices } from "./table-choices";

describe("tableChoices", () => {
  it("offers the standard tables by kind with their rows once each, not the tables kept as printed", () => {
    const tables = [
      { kind: "three_public", title: "", rows: [{ name: "current", values: {} }, { name: "prior", values: {} }] },
      { kind: "fiscal_summary", title: "财政拨款收支总表（2025年）", rows: [{ side: "income", name: "合计", values: {} }, { side: "expenditure", name: "合计", values: {} }, { side: "expenditure", name: "合计", values: {} }] },
      { kind: "other", title: "机构设置表", columns: ["单位"], rows: [{ cells: ["本级"] }] },
    ] as unknown as DisclosureDocument["tables"];
    expect(tableChoices({ tables })).toEqual([
      { kind: "three_public", title: "“三公”经费支出表", rows: ["本年", "上年"] },
      { kind: "fiscal_summary", title: "财政拨款收支总表（2025年）", rows: ["收入：合计", "支出：合计"] },
    ]);
  });
});
