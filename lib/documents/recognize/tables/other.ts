import type { OtherTable } from "@/lib/disclosure/schema";
import { looksLikeNumber } from "@/lib/money";
import type { Segment } from "../segment";

/** A table kept as printed (kind other): its first row is the header unless it holds figures. */
export function otherTable(segment: Segment): OtherTable {
  const rows = segment.rows.map((r) => r.cells!);
  const first = rows[0] ?? [];
  const isHeader = first.some((c) => c.trim() !== "") && !first.some((c) => looksLikeNumber(c));
  const body = isHeader ? rows.slice(1) : rows;
  return {
    kind: "other",
    title: segment.title,
    unit: segment.unit,
    ...(segment.notes.length > 0 ? { note: segment.notes.join("\n") } : {}),
    columns: isHeader ? first : [],
    rows: body.map((cells) => ({ cells: cells.map((c) => (c.trim() === "" ? null : c)) })),
  };
}
