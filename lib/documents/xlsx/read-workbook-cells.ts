import type { CellObject } from "@e965/xlsx";
import Decimal from "decimal.js";
import { cleanLine, joinLines } from "../docx/join-lines";

/**
 * A cell as the user sees it, normalised; "" for a blank one.
 *
 * A number with a format of its own (0.00, #,##0.00, 0.0%, a date) reads as formatted — "1,234.50",
 * "3.50", "95.00%" — because that is what the sheet shows and prints. A number in the General
 * format reads as its exact decimal instead: Excel's General display rounds to about 11 characters
 * (123456789.12 shows "123456789.1"), which would lose a fen of a large amount. Text reads as typed,
 * its line breaks joined as in a Word cell (see joinLines); booleans and errors as displayed.
 */
export function cellText(cell: CellObject | undefined): string {
  if (!cell) return "";
  switch (cell.t) {
    case "z":
      return "";
    case "s":
      return joinLines([String(cell.v ?? cell.w ?? "")]);
    case "n":
      if (typeof cell.v !== "number") return cleanLine(cell.w ?? "");
      return isGeneral(cell.z) || cell.w === undefined ? exactDecimal(cell.v) : cleanLine(cell.w);
    default:
      return cleanLine(cell.w ?? (cell.v === undefined ? "" : String(cell.v)));
  }
}

function isGeneral(format: CellObject["z"]): boolean {
  return format === undefined || format === 0 || (typeof format === "string" && /^(general|@)$/i.test(format.trim()));
}

/**
 * A double as the decimal it was typed as: 15 significant digits are what a double holds exactly,
 * so rounding to them drops binary noise (0.1 + 0.2 → "0.3"), never a digit that was typed.
 * Plain notation, no exponent, no trailing zeros: 9501164 → "9501164", 1234.5 → "1234.5".
 */
export function exactDecimal(value: number): string {
  if (!Number.isFinite(value)) return "";
  if (value === 0) return "0";
  return new Decimal(value.toPrecision(15)).toFixed();
}
