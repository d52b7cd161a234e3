import { rowName } from "@/lib/disclosure/labels";

const SIDES = { income: "收入", expenditure: "支出" } as const;

/**
 * How a feedback names a row of a table, as the page shows it: code and name, 本年/上年 in the
 * 三公 table, and the side where a table has two (收入：…, 支出：…) unless the name says it.
 */
export function rowLabel(row: { code?: string | null; name?: string | null; side?: string | null }): string {
  const name = rowName(row);
  const text = row.code === "total" ? name : [row.code, name].filter(Boolean).join(" ");
  const side = row.side === "income" || row.side === "expenditure" ? SIDES[row.side] : "";
  return side && !text.startsWith(side) ? `${side}：${text}` : text;
}
