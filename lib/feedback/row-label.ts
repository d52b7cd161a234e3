/** How a feedback names a row of a table: its code and name as the page shows them. */
export function rowLabel(row: { code?: string | null; name?: string | null; side?: string | null }): string {
  if (row.code === "total") return "合计";
  const side = row.side === "income" ? "收入：" : row.side === "expenditure" ? "支出：" : "";
  return `${side}${[row.code, row.name].filter(Boolean).join(" ")}`.trim();
}
