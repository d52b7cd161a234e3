/** The element id of a table, a row or a cell on a disclosure page, as findings point to them. */
export function anchorId({ table, row, column }: { table?: string; row?: string; column?: string }): string | undefined {
  if (!table) return undefined;
  const safe = (s: string) => encodeURIComponent(s).replace(/%/g, "_");
  return ["t", table, row && safe(row), row && column].filter(Boolean).join("-");
}
