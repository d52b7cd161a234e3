import { isStandardTable } from "@/lib/disclosure/schema";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { importTextDocument, importFile } from "@/lib/documents";

const doc = importTextDocument(new Uint8Array(fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt")), "s.txt");
const bytes = (value: unknown) => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));
const refusal = (value: unknown) => importFile(bytes(value), "doc.json").then(() => "accepted", (e: Error) => e.message);

describe("importing the portal's JSON", () => {
  it("takes it with a byte-order mark and leading spaces, and recomputes the findings rather than trusting them", async () => {
    const back = await importFile(bytes(`\uFEFF \n${JSON.stringify({ ...doc, findings: [] })}`), "doc.json");
    expect(back.findings).toEqual(doc.findings);
    expect(back.findings!.length).toBeGreaterThan(0);
  });

  it("refuses what is not JSON, or not the format, saying so in Chinese", async () => {
    expect(await refusal("{ not json")).toBe("文件 doc.json：不是有效的 JSON 文件（应为 UTF-8 编码的 budget-disclosure/v1 文档）");
    expect(await refusal({ ...doc, format: "other/v2" })).toBe("文件 doc.json：JSON 文件不是预算公开文档：其 format 应为 “budget-disclosure/v1”");
  });

  it("names the table, row and column of a bad amount", async () => {
    const tables = structuredClone(doc.tables.filter(isStandardTable));
    const general = tables.findIndex((t) => t.kind === "general_budget_function");
    tables[general]!.rows[1]!.values.total = "12O.00";
    const message = await refusal({ ...doc, tables });
    expect(message).toMatch(/^文件 doc\.json，表“一般公共预算财政拨款支出表”，第 2 行（\S+ \S+），列“[^”]+”：不符合 budget-disclosure\/v1 格式（tables\.\d+\.rows\.1\.values\.total：/);
  });
});
