import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { formatAmount, type Dec } from "./money";
import { STATED_UNIT_YUAN, type Statement, type StatedUnit } from "./narrative-extract";

type MoneyUnit = Exclude<StatedUnit, "%">;

/** The figure the statement gives, signed for a change. */
function expected(s: Statement): Dec {
  return s.kind === "change" || s.kind === "percent" ? s.value.mul(s.sign) : s.value;
}

function atPrecision(yuan: Dec, unit: MoneyUnit, decimals: number): Dec {
  return yuan.div(STATED_UNIT_YUAN[unit]).toDecimalPlaces(decimals);
}

/** “817.9 万元” states 817.90 万元; “25.92 元” does not state 25.92 万元. */
export function matchesAtPrecision(actualYuan: Dec, s: Statement): boolean {
  if (s.unit === "%") return false;
  return atPrecision(actualYuan, s.unit, s.decimals).eq(expected(s));
}

/** A hint when the stated number is right but written with the wrong unit. */
export function otherUnitHint(actualYuan: Dec, s: Statement): string {
  // a stated 0 is 0 in every unit
  if (s.unit === "%" || s.value.isZero()) return "";
  const right = (Object.keys(STATED_UNIT_YUAN) as MoneyUnit[]).find(
    (u) => u !== s.unit && atPrecision(actualYuan, u, s.decimals).eq(expected(s)),
  );
  return right ? `；数字与按“${right}”计的表中数一致，疑似单位误写为“${s.unit}”` : "";
}

/** A table amount in the unit the narrative used, with the disclosure's unit alongside if it differs. */
export function showInStatedUnit(doc: DisclosureDocument, yuan: Dec, s: Statement): string {
  const unit = s.unit === "元" ? "元" : "万元";
  const shown = formatAmount(yuan, unit);
  return unit === doc.sourceUnit ? shown : `${shown}（${formatAmount(yuan, doc.sourceUnit)}）`;
}
