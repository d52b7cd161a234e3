import type { ReactNode } from "react";
import { OTHER_TABLE_NOTICE, TABLE_LABELS } from "@/lib/disclosure/labels";
import type { OtherTable } from "@/lib/disclosure/schema";
import { CompactTable } from "./compact-table";
import { withoutTrailingBlanks } from "./table-cells";
import { TableScroll } from "./table-scroll";

const LAYOUTS = {
  /** the public page: as the document prints it */
  document: { section: "mb-8 break-inside-avoid-page", heading: "mb-1 text-center font-semibold" },
  /** the editor and the review: a panel like their other tables */
  panel: { section: "rounded border border-stone-300 bg-white p-3", heading: "font-semibold" },
} as const;

/**
 * A table the importer could not map to a standard kind, as printed: its title, its column
 * headers and cells as text (a blank cell empty), in the scrollable box of the other tables.
 * No rule checks it.
 */
export function PrintedTable({ table, id, layout, children }: { table: OtherTable; id: string; layout: keyof typeof LAYOUTS; children?: ReactNode }) {
  const width = Math.max(table.columns.length, ...table.rows.map((r) => r.cells.length));
  const headings = Array.from({ length: table.columns.length > 0 ? width : 0 }, (_, i) => table.columns[i] ?? "");
  return (
    <section aria-labelledby={id} data-testid="printed-table" className={LAYOUTS[layout].section}>
      <h3 id={id} className={LAYOUTS[layout].heading}>{table.title || TABLE_LABELS.other}</h3>
      <p className="mb-1 flex flex-wrap justify-between gap-x-4 text-sm text-stone-600">
        <span>{OTHER_TABLE_NOTICE}</span>
        {table.unit ? <span>单位：{table.unit}</span> : null}
      </p>
      {children}
      <TableScroll label={table.title || TABLE_LABELS.other} wide={width >= 4}>
        <CompactTable
          className="ruled-table ruled-table-printed"
          head={headings.length > 0 ? [headings] : []}
          rows={table.rows.map((row) => withoutTrailingBlanks(row.cells.map((c) => c ?? "")))}
          width={width}
        />
      </TableScroll>
      {table.note ? <p className="text-sm text-stone-700">备注：{table.note}</p> : null}
    </section>
  );
}
