"use client";

import { type Anchor, anchorKey } from "@/components/editor/anchors";
import { showAmount } from "@/components/editor/amount-format";
import { schemeOf } from "@/components/editor/classification";
import { GridHead } from "@/components/editor/grid-head";
import { columnName, rowDisplayCode, rowDisplayName, rowTitle, tableLabel } from "@/components/editor/labels";
import { type HeadingContext, sideLabel } from "@/lib/disclosure/column-headings";
import { gridColumns } from "@/components/editor/table-rows";
import type { DisclosureTable, SourceUnit } from "@/lib/disclosure/schema";

interface Props {
  table: DisclosureTable;
  /** the disclosure's year and kind, which the column headings print */
  context: HeadingContext;
  unit: SourceUnit;
  commented: ReadonlySet<string>;
  /** when given, rows, cells and the table can be picked to comment on */
  onPick?: (anchor: Anchor) => void;
}

const pickable = "w-full rounded px-1 text-inherit hover:bg-sky-50 focus-visible:bg-sky-50";

/** One table, read-only, in the disclosure's display unit. */
export function TableView({ table, context, unit, commented, onPick }: Props) {
  const columns = gridColumns(table.kind);
  const coded = schemeOf(table.kind) !== null;
  const sided = table.rows.some((r) => r.side !== undefined);
  const tableAnchor = { table: table.kind };
  const mark = (anchor: Anchor) => (commented.has(anchorKey(anchor)) ? "bg-sky-100 outline-2 outline-dashed outline-sky-600" : "");
  return (
    <section aria-labelledby={`${table.kind}-heading`} data-anchor={anchorKey(tableAnchor)} tabIndex={-1} className={`rounded border border-stone-300 bg-white p-3 data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400 ${mark(tableAnchor)}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`${table.kind}-heading`} className="font-semibold">{table.title || tableLabel(table.kind)}</h3>
        {onPick ? (
          <button type="button" onClick={() => onPick(tableAnchor)} className="rounded border border-sky-700 px-2 py-0.5 text-sm text-sky-900 hover:bg-sky-50">
            批注此表
          </button>
        ) : null}
      </div>
      <p className="text-sm text-stone-600">单位：{unit}{onPick ? "。点击行名或金额可对该行或单元格添加批注。" : ""}</p>
      {table.note ? <p className="mt-1 text-sm">{table.note}</p> : null}
      <div className="mt-2 relative overflow-x-auto">
        <table className="min-w-full border-collapse text-sm">
          <caption className="sr-only">{tableLabel(table.kind)}（单位：{unit}）</caption>
          <GridHead kind={table.kind} context={context} columns={columns} coded={coded} sided={sided} />
          <tbody>
            {table.rows.map((row, index) => {
              const rowAnchor = { table: table.kind, row: row.code ?? row.name ?? "" };
              const name = rowDisplayName(table.kind, row);
              const rowName = rowTitle(table.kind, row);
              return (
                <tr key={index} data-anchor={anchorKey(rowAnchor)} tabIndex={-1} className={`border-t border-stone-200 data-[highlight=true]:bg-amber-100 ${row.code === "total" ? "font-semibold" : ""}`}>
                  {coded ? <td className="px-2 py-1 tabular-nums">{rowDisplayCode(row)}</td> : null}
                  <th scope="row" className={`px-1 py-1 text-left font-normal ${mark(rowAnchor)}`}>
                    {onPick ? (
                      <button type="button" onClick={() => onPick(rowAnchor)} aria-label={`批注“${rowName}”行`} className={`${pickable} text-left`}>
                        {name || rowDisplayCode(row)}
                      </button>
                    ) : (
                      name || rowDisplayCode(row)
                    )}
                  </th>
                  {sided ? <td className="px-2 py-1 text-center">{row.side ? sideLabel(row.side) : ""}</td> : null}
                  {columns.map((column) => {
                    const cellAnchor = { ...rowAnchor, column };
                    const value = (row.values as Record<string, string | null | undefined>)[column];
                    const text = showAmount(value ?? null, unit);
                    return (
                      <td key={column} data-anchor={anchorKey(cellAnchor)} tabIndex={-1} className={`px-1 py-1 text-right tabular-nums data-[highlight=true]:bg-amber-200 ${mark(cellAnchor)}`}>
                        {onPick && value !== undefined ? (
                          <button type="button" onClick={() => onPick(cellAnchor)} aria-label={`批注 ${rowName} ${columnName(context, table.kind, column, row.side)}：${text || "空"}`} className={`${pickable} min-h-6 text-right`}>
                            {text}
                          </button>
                        ) : (
                          text
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
