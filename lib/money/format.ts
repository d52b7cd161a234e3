import Decimal from "decimal.js";
import type { SourceUnit } from "@/lib/disclosure/schema";

export interface FormatOptions {
  /** Display unit; the stored value is always in 元. */
  unit: SourceUnit;
  /**
   * Decimals shown; 2 unless told. "auto" shows at least 2 and as many more (up to 6) as the
   * value needs, so that 25.92 元 in 万元 reads 0.002592 and not 0.00.
   */
  decimals?: number | "auto";
  /** Text for a blank (null) amount; "" unless told. */
  blank?: string;
}

/** A stored 元 amount for display, e.g. "17625499.55" → "17,625,499.55" (元) or "1,762.55" (万元). */
export function formatAmount(yuan: Decimal.Value | null, { unit, decimals = 2, blank = "" }: FormatOptions): string {
  if (yuan === null) return blank;
  const value = unit === "万元" ? new Decimal(yuan).dividedBy(10000) : new Decimal(yuan);
  const places = decimals === "auto" ? Math.max(2, Math.min(value.decimalPlaces(), 6)) : decimals;
  const fixed = value.toFixed(places, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith("-");
  const [whole = "", fraction] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  const sign = negative && !/^[0.]+$/.test(fixed.slice(1)) ? "-" : "";
  return sign + grouped + (fraction === undefined ? "" : `.${fraction}`);
}
