import type ExcelJS from "exceljs";

type Cell = ExcelJS.CellValue;

/** A cell's value as a string or number, whatever ExcelJS wraps it in (rich text, formula result). */
export function plain(value: Cell): string | number | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "是" : "否";
  if (value instanceof Date) return value.toISOString();
  if ("result" in value) return plain(value.result as Cell);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return String(value.text);
  return null;
}

/** A cell as trimmed text, null when blank. */
export const text = (v: Cell): string | null => {
  const p = plain(v);
  if (p === null) return null;
  const t = String(p).trim();
  return t === "" ? null : t;
};

/** Where an amount sits, for the message when it is not one. */
export type AmountAt = { table: string; row: number; column: string };
/** An amount cell (a number in the stated unit, or text as the documents print it) in 元, null when blank. */
export type ReadAmount = (value: Cell, where: AmountAt) => string | null;
