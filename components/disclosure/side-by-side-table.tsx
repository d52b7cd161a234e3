import type { CSSProperties } from "react";
import { rowColumns } from "@/lib/disclosure/canonical";
import { columnHeading, type HeadingContext, printedColumns, rowLabel, sideLabel } from "@/lib/disclosure/column-headings";
import type { AnchorIds } from "@/lib/disclosure/finding-anchors";
import { TABLE_LABELS } from "@/lib/disclosure/labels";
import { rowLevels, type RowLevel } from "@/lib/disclosure/row-level";
import type { DisclosureTable, SourceUnit, TableRow } from "@/lib/disclosure/schema";
import { blankRuns } from "@/lib/disclosure/blank-runs";
import { pairSides } from "@/lib/disclosure/side-pairs";
import { CompactTable, type CompactRow } from "./compact-table";
import { amountCell, rowHeadingCell, rowRef, TABLE, withoutTrailingBlanks } from "./table-cells";
import { TableScroll } from "./table-scroll";

type Side = NonNullable<TableRow["side"]>;

/**
 * A 收支总表 as printed: the 收入 half and the 支出 half side by side, line for line (the shorter
 * half blank below), the sums on the last lines; below 640 px the two halves stack, 收入 first,
 * without the blank lines. Two tables whose lines keep one height (globals.css `.doc-table-half`),
 * so the halves stay in line from the same markup at any width: each cell keeps its one anchor.
 */
export function SideBySideTable({ table, unit, context, anchor }: { table: DisclosureTable; unit: SourceUnit; context: HeadingContext; anchor: AnchorIds }) {
  const lines = pairSides(table.rows);
  const levels = new Map(rowLevels(table.rows).map((level, i) => [table.rows[i]!, level]));
  const wide = rowColumns(table.kind, "expenditure").length >= 2;
  const half = (side: Side) => (
    <Half side={side} rows={lines.map((l) => l[side])} levels={levels} table={table} unit={unit} context={context} anchor={anchor} />
  );
  return (
    <TableScroll label={TABLE_LABELS[table.kind]} wide={wide}>
      {/* on paper a wide one stacks too: side by side it would not fit a portrait A4 page */}
      <div className={`flex min-w-fit flex-col gap-4 sm:flex-row sm:gap-0 ${wide ? "print:flex-col print:gap-4" : ""}`}>
        {half("income")}
        {half("expenditure")}
      </div>
    </TableScroll>
  );
}

function Half({ side, rows, levels, table, unit, context, anchor }: {
  side: Side;
  rows: (TableRow | null)[];
  levels: Map<TableRow, RowLevel>;
  table: DisclosureTable;
  unit: SourceUnit;
  context: HeadingContext;
  anchor: AnchorIds;
}) {
  const columns = printedColumns(rowColumns(table.kind, side), table.rows.filter((r) => r.side === side));
  const headings = columns.map((column) => columnHeading({ ...context, table: table.kind, column, side }));
  // the half's name spans its 项目 column too, as the form prints 2025年收入 over 项目 | 预算数
  const group = headings.find((h) => h.group)?.group ?? sideLabel(side);
  const body = blankRuns(rows).map((line): CompactRow => {
    if (typeof line === "number") {
      return { cells: [], className: "doc-table-blank", style: { "--lines": line } as CSSProperties, rowHeading: null };
    }
    const values = line.values as Record<string, string | null | undefined>;
    const ref = rowRef(line);
    const id = anchor({ table: table.kind, row: ref });
    const cells = withoutTrailingBlanks([
      rowHeadingCell(levels.get(line)!, rowLabel({ ...context, table: table.kind, row: line })),
      ...columns.map((c) => amountCell(anchor({ table: table.kind, row: ref, column: c }), values[c], unit)),
    ]);
    return id ? { cells, id } : cells;
  });
  return (
    <CompactTable
      className={`${TABLE} doc-table-half w-full ${side === "income" ? "sm:w-auto" : "sm:flex-1 sm:border-l-0"}`}
      caption={`${TABLE_LABELS[table.kind]}（${sideLabel(side)}）`}
      head={[[{ text: group, scope: "colgroup", colSpan: 1 + columns.length }], [{ text: "项目", className: "doc-name text-left" }, ...headings.map((h) => h.heading)]]}
      rows={body}
      rowHeading={0}
      width={1 + columns.length}
    />
  );
}
