import { rowColumns } from "@/lib/disclosure/canonical";
import { columnHeading, type HeadingContext, rowLabel, sideLabel } from "@/lib/disclosure/column-headings";
import { TABLE_LABELS } from "@/lib/disclosure/labels";
import { rowLevels, type RowLevel } from "@/lib/disclosure/row-level";
import type { DisclosureTable, SourceUnit, TableRow } from "@/lib/disclosure/schema";
import { pairSides } from "@/lib/disclosure/side-pairs";
import { anchorId } from "@/lib/disclosure/anchors";
import { AmountCell, CELL, HEAD, onceEach, RowHeading, rowRef, TABLE } from "./table-cells";
import { TableScroll } from "./table-scroll";

type Side = NonNullable<TableRow["side"]>;

/**
 * A 收支总表 as printed: the 收入 half and the 支出 half side by side, line for line (the shorter
 * half blank below), the sums on the last lines; below 640 px the two halves stack, 收入 first,
 * without the blank lines. Two tables whose lines keep one height, so the halves stay in line
 * from the same markup at any width: each cell keeps its one anchor.
 */
export function SideBySideTable({ table, unit, context }: { table: DisclosureTable; unit: SourceUnit; context: HeadingContext }) {
  const lines = pairSides(table.rows);
  const levels = new Map(rowLevels(table.rows).map((level, i) => [table.rows[i]!, level]));
  const once = onceEach();
  const expenditureColumns = rowColumns(table.kind, "expenditure");
  const half = (side: Side) => (
    <Half side={side} rows={lines.map((l) => l[side])} levels={levels} table={table} unit={unit} context={context} once={once} />
  );
  return (
    <TableScroll label={TABLE_LABELS[table.kind]} wide={expenditureColumns.length >= 2}>
      <div className="flex min-w-fit flex-col gap-4 sm:flex-row sm:gap-0">
        {half("income")}
        {half("expenditure")}
      </div>
    </TableScroll>
  );
}

// frozen only on a phone: side by side, a frozen 支出 项目 would slide over the 收入 half
const FROZEN = "max-sm:sticky max-sm:left-0 max-sm:z-10";

function Half({ side, rows, levels, table, unit, context, once }: {
  side: Side;
  rows: (TableRow | null)[];
  levels: Map<TableRow, RowLevel>;
  table: DisclosureTable;
  unit: SourceUnit;
  context: HeadingContext;
  once: (id: string | undefined) => string | undefined;
}) {
  const columns = rowColumns(table.kind, side);
  const headings = columns.map((column) => columnHeading({ ...context, table: table.kind, column, side }));
  // the half's name spans its 项目 column too, as the form prints 2025年收入 over 项目 | 预算数
  const group = headings.find((h) => h.group)?.group ?? sideLabel(side);
  return (
    <table className={`${TABLE} w-full ${side === "income" ? "sm:w-auto" : "sm:flex-1 sm:border-l-0"}`}>
      <caption className="sr-only">{`${TABLE_LABELS[table.kind]}（${sideLabel(side)}）`}</caption>
      <thead>
        <tr>
          <th scope="colgroup" colSpan={1 + columns.length} className={`${HEAD} text-center sm:whitespace-nowrap`}>{group}</th>
        </tr>
        <tr>
          <th scope="col" className={`${HEAD} ${FROZEN} text-left sm:whitespace-nowrap`}>项目</th>
          {headings.map((h, i) => (
            <th key={i} scope="col" className={`${HEAD} min-w-[5em] text-right sm:whitespace-nowrap`}>{h.heading}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => {
          if (!row) {
            return (
              <tr key={i} className="max-sm:hidden sm:h-9">
                <td className={CELL} />
                {columns.map((c) => <td key={c} className={CELL} />)}
              </tr>
            );
          }
          const values = row.values as Record<string, string | null | undefined>;
          const rowId = once(anchorId({ table: table.kind, row: rowRef(row) }));
          return (
            <tr key={i} id={rowId} tabIndex={rowId ? -1 : undefined} className="scroll-mt-[min(40vh,16rem)] sm:h-9">
              <RowHeading level={levels.get(row)!} frozen={`${FROZEN} min-w-[8em] bg-white sm:whitespace-nowrap`}>{rowLabel({ ...context, table: table.kind, row })}</RowHeading>
              {columns.map((c) => (
                <AmountCell key={c} id={once(anchorId({ table: table.kind, row: rowRef(row), column: c }))} yuan={values[c]} unit={unit} />
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
