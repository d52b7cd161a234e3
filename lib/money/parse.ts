import Decimal from "decimal.js";
import type { SourceUnit } from "@/lib/disclosure/schema";

/** A printed cell that is neither blank nor an amount. `reason` is a short Chinese explanation. */
export class AmountFormatError extends Error {
  constructor(
    readonly cell: string,
    readonly reason: string,
  ) {
    super(`“${cell}”${reason}`);
    this.name = "AmountFormatError";
  }
}

const BLANK_MARKERS = new Set(["", "-", "--", "—", "——", "–", "－"]);

const AMOUNT_PATTERN = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Full-width digits, separators and signs as half-width; surrounding (also ideographic) spaces removed. */
function normalizeNumericText(cell: string): string {
  return cell
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[，]/g, ",")
    .replace(/．/g, ".")
    .replace(/[－−]/g, "-")
    .replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, "")
    // PDF extraction sometimes spaces a separator off its digits: "1, 946 .23"
    .replace(/(\d)[\s\u00a0]*([,.])[\s\u00a0]*(?=\d)/g, "$1$2");
}

export function isBlankCell(cell: string): boolean {
  return BLANK_MARKERS.has(normalizeNumericText(cell));
}

/** True when the cell reads as a number (an amount or a classification code), blank markers excluded. */
export function looksLikeNumber(cell: string): boolean {
  const text = normalizeNumericText(cell);
  return !BLANK_MARKERS.has(text) && AMOUNT_PATTERN.test(text);
}

const UNIT_SCALE: Record<SourceUnit, { factor: number; maxDecimals: number }> = {
  元: { factor: 1, maxDecimals: 2 },
  万元: { factor: 10000, maxDecimals: 6 },
};

/**
 * A printed amount in `unit` as an exact 元 string with two decimals; `null` for a blank cell.
 * Throws AmountFormatError for anything else, including precision finer than one 分.
 */
export function parseAmount(cell: string, unit: SourceUnit): string | null {
  const text = normalizeNumericText(cell);
  if (BLANK_MARKERS.has(text)) return null;
  if (!AMOUNT_PATTERN.test(text)) throw new AmountFormatError(cell.trim(), "不是金额");
  const { factor, maxDecimals } = UNIT_SCALE[unit];
  const decimals = text.split(".")[1]?.length ?? 0;
  if (decimals > maxDecimals) {
    throw new AmountFormatError(cell.trim(), `精度超过 0.01 元（以${unit}为单位最多 ${maxDecimals} 位小数）`);
  }
  return new Decimal(text.replace(/,/g, "")).times(factor).toFixed(2);
}
