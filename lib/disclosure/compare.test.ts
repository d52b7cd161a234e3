import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { compareDisclosures } from "./compare";
import { importTextDocument } from "@/lib/documents";

const load = (f: string) => importTextDocument(new Uint8Array(fs.readFileSync(`db/sample/disclosures/${f}`)), f);

describe("comparing disclosures", () => {
  const [beibei, nanan] = [load("beibei-zwfwzx-2025.txt"), load("nanan-zwb-2024.txt")];
  const tables = compareDisclosures([beibei, nanan]);

  it("lines up the rows of both by code, with each one's total", () => {
    const general = tables.find((t) => t.kind === "general_budget_function")!;
    expect(general.column).toBe("total");
    // 2010350 事业运行: 230.16 万元 in 北碚, 389.64 in 南岸; 2010306 政务公开审批 267.92 only in 南岸
    expect(general.rows.find((r) => r.code === "2010350")).toMatchObject({ values: ["2301600.00", "3896400.00"], differs: true });
    expect(general.rows.find((r) => r.code === "2010306")).toMatchObject({ name: "政务公开审批", values: [null, "2679200.00"], differs: true });
    expect(general.rows[0]).toMatchObject({ code: "", name: "合计", values: ["8179000.00", "9677300.00"] });
  });

  it("marks equal figures as not differing", () => {
    const same = compareDisclosures([beibei, beibei]);
    expect(same.flatMap((t) => t.rows).some((r) => r.differs)).toBe(false);
  });
});
