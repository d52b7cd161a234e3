import type { DisclosureDocument, Finding } from "@/lib/disclosure/schema";
import { finding } from "./finding";
import { ZERO, type Dec } from "./money";
import { extractStatements, type Statement } from "./narrative-extract";
import { matchesAtPrecision, otherUnitHint, showInStatedUnit } from "./narrative-compare";

/** N1: every amount the narrative states equals its table figure, at the narrative's precision and unit. */
export function checkNarrativeAmounts(doc: DisclosureDocument, statements: Statement[] = extractStatements(doc)): Finding[] {
  const seen = new Set<string>();
  return statements.flatMap((s) => {
    if (s.kind !== "level" || s.unit === "%") return [];
    const table = s.subject.current(doc);
    if (!table) return [];
    const actual = table.value ?? ZERO;
    if (matchesAtPrecision(actual, s)) return [];
    const key = `${s.subject.id}|${s.written}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [finding("N1", s.subject.mismatch ?? "error", { table: table.table, row: table.row, column: table.column }, message(s, actual, table.label, table.value === null ? "空白" : showInStatedUnit(doc, actual, s)))];
  });
}

function message(s: Statement, actual: Dec, where: string, shown: string): string {
  const note = s.subject.id === "operatingFunds" ? "（机关运行经费仅含行政单位的公用经费，若有事业单位可能较少，请核实）" : "";
  return `说明中${s.subject.label}为 ${s.written}，${where}为 ${shown}${otherUnitHint(actual, s)}${note}。原文：“${s.quote}”`;
}

