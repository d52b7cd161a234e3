import fs from "node:fs";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { importTextDocument } from "@/lib/documents";
import { findTable } from "@/lib/disclosure/schema";
import { checkDisclosure } from "@/lib/rules";
import { scaledCopy } from "./scaled-copy";

const SAMPLES = fs.readdirSync("db/sample/disclosures").filter((f) => f.endsWith(".txt"));
const load = (f: string) => importTextDocument(new Uint8Array(fs.readFileSync(`db/sample/disclosures/${f}`)), f);
const who = { district: "万州区", code: "900", name: "重庆市万州区教育委员会", year: 2020 };

describe("bench:seed's scaled copies of the samples", () => {
  it.each(SAMPLES)("add up within every table, at any factor: %s", (f) => {
    for (const factor of [1, 7, 28]) {
      const withinTables = checkDisclosure(scaledCopy(load(f), factor, who)).filter((x) => (x.rule === "T1" || x.rule === "T2") && x.severity !== "info");
      expect(withinTables.map((x) => x.message)).toEqual([]);
    }
  });

  it("multiply every amount, the narrative's 万元 at their written precision", () => {
    const doc = load("beibei-zwfwzx-2025.txt");
    const copy = scaledCopy(doc, 7, who);
    const leaf = (d: typeof doc) => findTable(d, "general_budget_function")!.rows.find((r) => r.code === "2010350")!.values;
    expect(leaf(copy)).toEqual(Object.fromEntries(Object.entries(leaf(doc)).map(([c, v]) => [c, v === null ? null : new Decimal(v).times(7).toFixed(2)])));
    expect(Object.values(copy.sections).join("")).toContain("“三公”经费预算26.6万元"); // 3.8 万元 × 7
    expect(copy.department).toEqual({ code: "900", name: "重庆市万州区教育委员会" });
  });
});
