import Decimal from "decimal.js";
import { formatAmount } from "@/lib/money";
import { columnHeadingText, type HeadingContext, rowLabel } from "./column-headings";
import { tableLabel } from "./labels";
import { type Finding, type SourceUnit, TABLE_KINDS, type TableKind } from "./schema";

const AMOUNT = /(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(\s*)(万元|元)/g;
const YUAN_PER: Record<SourceUnit, number> = { 元: 1, 万元: 10000 };

function convertOutsideQuotes(text: string, unit: SourceUnit): string {
  return text.replace(AMOUNT, (whole, number: string, space: string, written: SourceUnit) => {
    if (written === unit) return whole;
    const yuan = new Decimal(number.replace(/,/g, "")).mul(YUAN_PER[written]);
    return `${formatAmount(yuan, { unit, decimals: "auto" })}${space}${unit}`;
  });
}

/**
 * A finding's message with its amounts in the unit the page shows (“2,514.61 万元” → “25,146,100.00 元”),
 * exactly. What stands in “…” is quoted from the document and stays as printed.
 */
export function findingTextInUnit(message: string, unit: SourceUnit): string {
  let depth = 0;
  let out = "";
  let plain = "";
  for (const ch of message) {
    if (ch === "“") {
      if (depth === 0) {
        out += convertOutsideQuotes(plain, unit);
        plain = "";
      }
      depth += 1;
      out += ch;
    } else if (ch === "”" && depth > 0) {
      depth -= 1;
      out += ch;
    } else if (depth === 0) plain += ch;
    else out += ch;
  }
  return out + convertOutsideQuotes(plain, unit);
}

const isTableKind = (table: string | undefined): table is TableKind => TABLE_KINDS.includes(table as TableKind);

/**
 * Where a finding points, in the document's terms: “三公”经费支出表 · 本年（2025年预算数） · 公务接待费;
 * a 合计 row reads 合计, a column its printed heading (2024年预算数).
 */
export function findingPlace({ finding: f, year, kind }: HeadingContext & { finding: Pick<Finding, "table" | "row" | "column"> }): string {
  if (f.table === "performance") return ["绩效目标", f.row === "overall" ? "部门整体" : f.row && `项目 ${f.row}`].filter(Boolean).join(" · ");
  if (!isTableKind(f.table)) return f.table === undefined ? "" : tableLabel(f.table);
  const table = f.table;
  const row = f.row === undefined ? undefined : rowLabel({ table, row: f.row === "total" ? { code: "total" } : { name: f.row }, year, kind });
  const column = f.column === undefined ? undefined : columnHeadingText({ table, column: f.column, year, kind });
  return [tableLabel(table), row, column].filter(Boolean).join(" · ");
}
