import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { type DisclosureDocument, isStandardTable, type SectionKey, type TableRow } from "@/lib/disclosure/schema";
import { parseAmount } from "@/lib/money";
import type { CorpusExpectation, ExpectedFigure } from "./fixtures/corpus/types";
import { expected as ghzy } from "./fixtures/corpus/ghzy_2024_final.expected";
import { expected as ptczj } from "./fixtures/corpus/ptczj_2024_final.expected";
import { expected as ptczjAltered } from "./fixtures/corpus/ptczj_2024_final_altered.expected";
import { expected as qzfbDept } from "./fixtures/corpus/qzfb_2025_dept.expected";
import { expected as qzfbUnit } from "./fixtures/corpus/qzfb_2025_unit.expected";
import { expected as template } from "./fixtures/corpus/template_final.expected";
import { importFile } from "./import-file";

// reading a 25-page PDF takes a few seconds on a busy 2-core machine
vi.setConfig({ testTimeout: 60_000 });

const CORPUS = join(__dirname, "fixtures/corpus");
const DOCUMENTS: CorpusExpectation[] = [qzfbDept, qzfbUnit, ptczj, ptczjAltered, ghzy, template];

/** A printed name compared without spaces and its ordinal (一、 1. （一）), as the importer keeps names. */
const bareName = (name: string) =>
  name.replace(/\s+/g, "").replace(/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])/, "");

function rowFor(rows: TableRow[], key: string): TableRow | undefined {
  const side = key.match(/^(income|expenditure):(.+)$/);
  if (side) return rows.find((r) => r.side === side[1] && bareName(r.name ?? "") === bareName(side[2]!));
  if (key === "personnelTotal" || key === "publicUseTotal") {
    const label = key === "personnelTotal" ? "人员经费合计" : "公用经费合计";
    return rows.find((r) => bareName(r.name ?? "") === label);
  }
  return rows.find((r) => r.code === key) ?? rows.find((r) => r.code === undefined && r.name === key);
}

function valueOf(doc: DisclosureDocument, figure: ExpectedFigure): string | null | undefined {
  const table = doc.tables.filter(isStandardTable).find((t) => t.kind === figure.table);
  const row = table && rowFor(table.rows, figure.row);
  return row ? (row.values as Record<string, string | null | undefined>)[figure.column] : undefined;
}

describe.each(DOCUMENTS)("corpus $file", (expected) => {
  const imported = importFile(new Uint8Array(readFileSync(join(CORPUS, expected.file))), expected.file);

  it("imports as the document its cover states", async () => {
    const doc = await imported;
    expect({ department: doc.department.name, year: doc.year, kind: doc.kind, unit: doc.sourceUnit }).toEqual({
      department: expected.departmentName,
      year: expected.year,
      kind: expected.kind,
      unit: expected.sourceUnit,
    });
    expect(doc.source).toMatchObject({ fileName: expected.file, format: "pdf" });
  });

  it("finds every table it prints", async () => {
    const kinds = (await imported).tables.map((t) => t.kind);
    expect([...new Set(kinds.filter((k) => k !== "other"))].sort()).toEqual([...new Set(expected.tables)].sort());
  });

  it.runIf(expected.sections)("reads each part of the narrative into its section, from its first words to its last", async () => {
    const sections = (await imported).sections;
    const bare = (text: string) => text.replace(/\s+/g, "");
    expect(Object.keys(sections).sort()).toEqual(Object.keys(expected.sections!).sort());
    for (const [key, [start, end]] of Object.entries(expected.sections!)) {
      const text = bare(sections[key as SectionKey] ?? "");
      expect(text.startsWith(bare(start)), `${key} starts “${start}”: ${text.slice(0, 40)}`).toBe(true);
      expect(text.endsWith(bare(end)), `${key} ends “${end}”: ${text.slice(-40)}`).toBe(true);
    }
  });

  it.runIf(expected.headings)("keeps the headings of a section's later chapters as lines of its text", async () => {
    const sections = (await imported).sections;
    const bare = (text: string) => text.replace(/\s+/g, "");
    for (const [key, headings] of Object.entries(expected.headings!)) {
      const wanted = new Set(headings.map(bare));
      const lines = (sections[key as SectionKey] ?? "").split("\n").map(bare);
      expect(lines.filter((line) => wanted.has(line)), key).toEqual(headings.map(bare));
    }
  });

  it.each(expected.figures.map((f) => [`p${f.page} ${f.table} ${f.row} ${f.column} “${f.printed}”`, f] as const))("reads %s", async (_label, figure) => {
    expect(valueOf(await imported, figure)).toBe(parseAmount(figure.printed, figure.unit));
  });

  it.each(expected.inconsistencies.filter((i) => i.rule !== "N1" && i.rule !== "N2").map((i) => [i.description.slice(0, 60), i] as const))(
    "finds %s",
    async (_label, inconsistency) => {
      const findings = (await imported).findings ?? [];
      const match = findings.filter((f) => f.rule === inconsistency.rule && (inconsistency.table === undefined || f.table === inconsistency.table));
      expect(match.length, `${inconsistency.rule} ${inconsistency.table ?? ""} ${inconsistency.row ?? ""}`).toBeGreaterThan(0);
    },
  );
});
