import Decimal from "decimal.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { disclosureDocumentSchema, type DisclosureDocument, type SectionKey, type SourceUnit } from "@/lib/disclosure/schema";
import { parseDisclosureText } from "./index";
import { UNSEEN_DOCUMENTS } from "./fixtures/unseen";

/** A printed figure in the document's unit → 元, computed here independently of lib/money. */
function yuan(printed: string | null, unit: SourceUnit): string | null {
  if (printed === null) return null;
  const half = printed.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, "").replace("．", ".");
  return new Decimal(half).times(unit === "万元" ? 10000 : 1).toFixed(2);
}

function keyOf(row: DisclosureDocument["tables"][number]["rows"][number]): string {
  if (row.side) return `${row.side}:${row.name}`;
  return row.code ?? row.name ?? "";
}

describe.each(UNSEEN_DOCUMENTS)("unseen document $file", (expected) => {
  const text = readFileSync(join(__dirname, "fixtures/unseen", expected.file), "utf8");
  const doc = parseDisclosureText(text, { fileName: expected.file });
  const unit = expected.header.sourceUnit;

  it("is a valid budget-disclosure/v1 document", () => {
    expect(disclosureDocumentSchema.safeParse(doc).error?.issues ?? []).toEqual([]);
  });

  it("reads the header and the contact", () => {
    const { district, department, year, kind, sourceUnit, contact } = doc;
    expect({ district, department, year, kind, sourceUnit, contact }).toEqual(expected.header);
  });

  it("reads every narrative section", () => {
    expect(Object.keys(doc.sections).sort()).toEqual(Object.keys(expected.sections).sort());
    for (const [key, [start, end]] of Object.entries(expected.sections)) {
      const section = doc.sections[key as SectionKey]!;
      expect(section.startsWith(start), `${key} starts with ${start}: ${section.slice(0, 60)}`).toBe(true);
      expect(section.endsWith(end), `${key} ends with ${end}: ${section.slice(-60)}`).toBe(true);
      expect(section).not.toMatch(/联系人|联系电话|\t/);
    }
  });

  it("reads exactly the tables printed", () => {
    expect(doc.tables.map((t) => t.kind).sort()).toEqual(expected.tables.map((t) => t.kind).sort());
    expect(Object.fromEntries(doc.tables.filter((t) => t.note).map((t) => [t.kind, t.note]))).toEqual(expected.notes);
  });

  it.each(expected.tables.map((t) => [t.kind, t] as const))("round-trips every figure of %s", (_kind, table) => {
    const actual = doc.tables.find((t) => t.kind === table.kind)!.rows.map((row) => [keyOf(row), row.values]);
    const wanted = table.rows.map(([key, values]) => [
      key,
      Object.fromEntries(Object.entries(values).map(([column, printed]) => [column, yuan(printed, unit)])),
    ]);
    expect(actual).toEqual(wanted);
  });

  it("reads the projects", () => {
    expect(doc.projects).toEqual(expected.projects.map((p) => ({ ...p, amount: yuan(p.amount, unit) })));
  });

  it("reads the overall target and every project target with every indicator", () => {
    const overall = expected.performance.overall.length > 0 ? { goal: expected.performance.overallGoal, indicators: expected.performance.overall } : null;
    expect(doc.performance.overall).toEqual(overall);
    const actual = doc.performance.projects.map((p) => ({ code: p.projectCode, name: p.projectName, amount: p.amount, indicators: p.indicators }));
    expect(actual).toEqual(expected.performance.projects.map((p) => ({ ...p, amount: yuan(p.amount, unit) })));
    for (const target of doc.performance.projects) {
      expect(target.overview).toBeTruthy();
      expect(target.basis).toBeTruthy();
      expect(target.goal).toBeTruthy();
    }
  });
});
