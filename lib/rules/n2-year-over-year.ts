import type { DisclosureDocument, Finding } from "@/lib/disclosure/schema";
import { finding } from "./finding";
import { Dec, ZERO, formatAmount } from "./money";
import { matchesAtPrecision, otherUnitHint, showInStatedUnit } from "./narrative-compare";
import { STATED_UNIT_YUAN, extractStatements, type Statement } from "./narrative-extract";
import type { Figure } from "./narrative-subjects";

/**
 * N2: a stated year-over-year change equals current − prior where the prior figure is printed;
 * where it is not, the statements of one subject's change must at least agree with each other.
 */
export function checkYearOverYear(doc: DisclosureDocument, statements: Statement[] = extractStatements(doc)): Finding[] {
  const changes = statements.filter((s) => s.kind !== "level");
  const unknownPrior = new Map<string, Statement[]>();
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const s of changes) {
    const current = s.subject.current(doc);
    const prior = s.subject.prior?.(doc);
    if (!current) continue;
    if (!prior) {
      if (s.kind !== "percent") unknownPrior.set(s.subject.id, [...(unknownPrior.get(s.subject.id) ?? []), s]);
      continue;
    }
    const f = againstTables(doc, s, current, prior);
    const key = `${s.subject.id}|${s.kind}|${s.sign}|${s.written}`;
    if (f && !seen.has(key)) {
      seen.add(key);
      out.push(f);
    }
  }
  for (const group of unknownPrior.values()) out.push(...disagreements(doc, group));
  return out;
}

/** A stated change as a sentence reads it: 与上年持平, 比上年增加 3 万元. */
function describe(s: Statement): string {
  if (s.kind === "unchanged") return "与上年持平";
  return `比上年${s.sign > 0 ? "增加" : "减少"}${s.written}`;
}

function againstTables(doc: DisclosureDocument, s: Statement, current: Figure, prior: Figure): Finding | undefined {
  const cur = current.value ?? ZERO;
  const pri = prior.value ?? ZERO;
  const actual = cur.minus(pri);
  let ok: boolean;
  let actualText: string;
  if (s.kind === "percent") {
    if (pri.isZero()) return undefined;
    const pct = actual.div(pri).mul(100);
    ok = pct.toDecimalPlaces(s.decimals).eq(s.value.mul(s.sign));
    actualText = `${pct.isNegative() ? "下降" : "增长"} ${pct.abs().toDecimalPlaces(Math.max(s.decimals, 1)).toString()}%`;
  } else {
    ok = s.kind === "unchanged" ? actual.isZero() : matchesAtPrecision(actual, s);
    actualText = actual.isZero() ? "持平" : `${actual.isNegative() ? "减少" : "增加"} ${showInStatedUnit(doc, actual.abs(), s)}`;
  }
  if (ok) return undefined;
  const hint = s.kind === "change" ? otherUnitHint(actual, s) : "";
  return finding("N2", "error", { table: current.table, row: current.row, column: current.column },
    `说明称${s.subject.label}${describe(s)}，而${current.label}为 ${formatAmount(cur, doc.sourceUnit)}、${prior.label}为 ${formatAmount(pri, doc.sourceUnit)}，实际${actualText}${hint}。原文：“${s.quote}”`);
}

function signedYuan(s: Statement): Dec {
  if (s.kind === "unchanged" || s.unit === "%") return ZERO;
  return s.value.mul(STATED_UNIT_YUAN[s.unit]).mul(s.sign);
}

/** Statements of one change that disagree with what most of them say. */
function disagreements(doc: DisclosureDocument, group: Statement[]): Finding[] {
  const values = group.map(signedYuan);
  const majority = values.reduce((best, v) => (count(values, v) > count(values, best) ? v : best), values[0] ?? ZERO);
  const reference = group[values.findIndex((v) => v.eq(majority))];
  if (!reference) return [];
  const current = reference.subject.current(doc);
  const reported = new Set<string>();
  return group.flatMap((s, i) => {
    if ((values[i] ?? ZERO).eq(majority) || reported.has(s.written)) return [];
    reported.add(s.written);
    const slip = s.kind === "change" && reference.kind === "change" && s.value.eq(reference.value) && s.unit !== reference.unit;
    const hint = slip ? `；数字相同而单位不同，疑似单位误写为“${s.unit}”` : "";
    return [finding("N2", "error", { table: current?.table, row: current?.row, column: current?.column },
      `说明中${s.subject.label}的变动前后不一致：“${s.quote}”称“${describe(s)}”，而“${reference.quote}”称“${describe(reference)}”${hint}`)];
  });
}

function count(values: Dec[], v: Dec): number {
  return values.filter((x) => x.eq(v)).length;
}
