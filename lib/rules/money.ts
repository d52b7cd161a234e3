import Decimal from "decimal.js";
import type { SourceUnit } from "@/lib/disclosure/schema";
import { formatAmount as formatDisplayAmount } from "@/lib/money";

/** Amounts reach 18 integer digits; sums of thousands of them must stay exact. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
const TEN_THOUSAND = new Dec(10000);
const AMOUNT = /^-?\d{1,18}\.\d{2}$/;

/** Decimals are immutable, and the editor re-checks the same cells on every keystroke. */
const parsed = new Map<string, Dec>();

/** A stored amount (元, two decimals) as a decimal; `null` for a blank cell or an unreadable one. */
export function toDec(value: string | null | undefined): Dec | null {
  if (value === null || value === undefined) return null;
  let dec = parsed.get(value);
  if (dec === undefined) {
    if (!AMOUNT.test(value)) return null;
    if (parsed.size >= 50_000) parsed.clear();
    dec = new Dec(value);
    parsed.set(value, dec);
  }
  return dec;
}

/** 元 per unit of the given unit. */
export function unitFactor(unit: SourceUnit): Dec {
  return unit === "万元" ? TEN_THOUSAND : new Dec(1);
}

/** An amount in 元 as a finding quotes it, with its unit: `1,946.23 万元`, `0.002592 万元`. */
export function formatAmount(yuan: Dec | null, unit: SourceUnit): string {
  return yuan === null ? "空白" : `${formatDisplayAmount(yuan, { unit, decimals: "auto" })} ${unit}`;
}
