import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { chartData } from "./chart-data";
import { importTextDocument } from "@/lib/documents";

const doc = importTextDocument(new Uint8Array(fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt")), "s.txt");

describe("chart data", () => {
  it("gives the 类 of the general-budget table, largest first, in the unit read", () => {
    // 201 748.66, 208 34.72, 221 22.72, 210 11.80 万元
    expect(chartData(doc, "万元").byClass).toEqual([
      { label: "201 一般公共服务支出", values: ["748.66"] },
      { label: "208 社会保障和就业支出", values: ["34.72"] },
      { label: "221 住房保障支出", values: ["22.72"] },
      { label: "210 卫生健康支出", values: ["11.8"] },
    ]);
    expect(chartData(doc, "元").byClass[0]!.values).toEqual(["7486600"]);
  });

  it("splits basic from project spending and sets 三公 against the year before", () => {
    const c = chartData(doc, "万元");
    expect(c.basicProject).toEqual([{ label: "一般公共预算财政拨款支出", values: ["302.9", "515"] }]);
    expect(c.threePublicSeries).toEqual(["2024 年", "2025 年"]);
    expect(c.threePublic.find((i) => i.label === "公务接待费")!.values).toEqual(["0.3", "0.3"]);
  });

  it("sets a 决算's “三公” 决算数 against its 预算数", () => {
    const final = {
      ...doc,
      kind: "final" as const,
      tables: [
        { kind: "final_three_public" as const, title: "", rows: [
          { name: "budget", values: { total: "10000.00", outbound: null, vehicleSubtotal: null, vehiclePurchase: null, vehicleOperation: null, reception: "10000.00" } },
          { name: "final", values: { total: "9500.00", outbound: null, vehicleSubtotal: null, vehiclePurchase: null, vehicleOperation: null, reception: "9500.00" } },
        ] },
      ],
    };
    const c = chartData(final, "万元");
    expect(c.threePublicSeries).toEqual(["预算数", "决算数"]);
    // 公务接待费 1.00 万元 budgeted, 0.95 spent
    expect(c.threePublic.find((i) => i.label === "公务接待费")!.values).toEqual(["1", "0.95"]);
    expect(c.threePublic.find((i) => i.label === "因公出国（境）费")!.values).toEqual(["0", "0"]);
  });
});
