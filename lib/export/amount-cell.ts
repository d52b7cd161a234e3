import Decimal from "decimal.js";
import type { SourceUnit } from "@/lib/disclosure/schema";

/** The number format of an amount cell: thousands separators and 2 decimals, as the documents print. */
export const AMOUNT_FORMAT = "#,##0.00";

/** Digits a spreadsheet number (an IEEE double) carries exactly from decimal to binary and back. */
const EXACT_DIGITS = 15;

/**
 * An amount stored in 元 (exact string) as a cell in the disclosure's unit: a number where it has at
 * most 2 decimals in that unit and at most 15 significant digits, so that the number Excel keeps is
 * the amount and "#,##0.00" shows it whole; otherwise the exact decimal as text (12,345.67 元 is
 * "1.234567" 万元), which a rounding display would misstate.
 */
export function amountCell(yuan: string | null | undefined, unit: SourceUnit): number | string | null {
  if (yuan === null || yuan === undefined) return null;
  const value = new Decimal(yuan).dividedBy(unit === "万元" ? 10000 : 1);
  return value.decimalPlaces() <= 2 && value.precision(true) <= EXACT_DIGITS ? value.toNumber() : value.toFixed();
}
