"use client";

import { useMemo, useState } from "react";
import type { DisclosureTable, SourceUnit, TableRow, ValueColumn } from "@/lib/disclosure/schema";
import { anchorKey } from "./anchors";
import { AmountCell } from "./amount-cell";
import { schemeOf } from "./classification";
import { AddRowForm } from "./add-row-form";
import { GridHead } from "./grid-head";
import { columnHeader, rowDisplayName, rowTitle, SIDE_LABELS, tableLabel } from "./labels";
import { isBlock, pasteRows, pasteValues } from "./paste";
import { gridColumns, rowHasColumn } from "./table-rows";
import { computedSums, fillComputed } from "@/lib/disclosure/table-sums";

interface Props {
  table: DisclosureTable;
  unit: SourceUnit;
  flagged: ReadonlySet<string>;
  commented: ReadonlySet<string>;
  onChange: (table: DisclosureTable) => void;
  onRemove: () => void;
}

const rowKeyOf = (row: TableRow) => row.code ?? row.name ?? "";

/** One table of the disclosure as an editable grid keyed by classification code. */
export function TableGrid({ table, unit, flagged, commented, onChange, onRemove }: Props) {
  const [pasteError, setPasteError] = useState<string | null>(null);
  const sums = useMemo(() => computedSums(table), [table]);
  const columns = gridColumns(table.kind);
  const coded = schemeOf(table.kind) !== null;
  const sided = table.rows.some((r) => r.side !== undefined);
  const label = tableLabel(table.kind);
  const tableAnchor = anchorKey({ table: table.kind });

  const setRow = (index: number, row: TableRow) => onChange({ ...table, rows: table.rows.map((r, i) => (i === index ? row : r)) });
  const setCell = (index: number, column: ValueColumn, value: string | null) => {
    const row = table.rows[index]!;
    setRow(index, { ...row, values: { ...row.values, [column]: value } });
  };
  const applyPaste = (result: ReturnType<typeof pasteValues>) => {
    if (result.ok) {
      setPasteError(null);
      onChange(result.table);
    } else setPasteError(result.message);
  };

  return (
    <section aria-labelledby={`${table.kind}-heading`} data-anchor={tableAnchor} tabIndex={-1} className="rounded border border-stone-300 bg-white p-3 data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`${table.kind}-heading`} className="text-lg font-semibold">
          {label}
          {commented.has(tableAnchor) ? <CommentMark /> : null}
        </h3>
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={() => onChange(fillComputed(table))} className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100">
            按下级汇总填入上级行和合计
          </button>
          <button
            type="button"
            onClick={() => {
              if (window.confirm(`确定删除“${label}”？`)) onRemove();
            }}
            className="rounded border border-red-300 px-2 py-1 text-sm text-red-800 hover:bg-red-50"
          >
            删除此表
          </button>
        </div>
      </div>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        <label className="text-sm">
          表名
          <input value={table.title} onChange={(e) => onChange({ ...table, title: e.target.value })} className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
        </label>
        <label className="text-sm">
          表注（无数据时写明“本部门无…，故此表无数据”）
          <input
            value={table.note ?? ""}
            onChange={(e) => onChange({ ...table, note: e.target.value || undefined })}
            className="mt-1 w-full rounded border border-stone-300 px-2 py-1"
          />
        </label>
      </div>
      <p className="mt-2 text-sm text-stone-600">单位：{unit}。可从 Excel/WPS 复制多格后在金额格中粘贴（从该格向右、向下填入），或在科目编码格（含下方“添加行”的科目编码框）中粘贴整行（编码、名称、金额…）。</p>
      {pasteError ? (
        <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          粘贴未执行：{pasteError}
        </p>
      ) : null}
      <div className="mt-2 relative overflow-x-auto">
        <table className="min-w-full border-collapse text-sm">
          <caption className="sr-only">{label}（单位：{unit}）</caption>
          <GridHead kind={table.kind} columns={columns} coded={coded} sided={sided} actions />
          <tbody>
            {table.rows.map((row, index) => {
              const rowKey = rowKeyOf(row);
              const rowAnchor = anchorKey({ table: table.kind, row: rowKey });
              const rowName = rowTitle(table.kind, row);
              return (
                <tr key={index} data-anchor={rowAnchor} tabIndex={-1} className={`border-t border-stone-200 align-top data-[highlight=true]:bg-amber-100 ${row.code === "total" ? "bg-stone-50 font-semibold" : ""}`}>
                  {coded ? (
                    <th scope="row" className="px-1 py-1 text-left font-normal">
                      {row.code === "total" ? (
                        <span className="px-1">合计</span>
                      ) : (
                        <input
                          aria-label={`第 ${index + 1} 行科目编码`}
                          value={row.code ?? ""}
                          onChange={(e) => setRow(index, { ...row, code: e.target.value.trim() || undefined } as TableRow)}
                          onPaste={(e) => {
                            const text = e.clipboardData.getData("text/plain");
                            if (!isBlock(text)) return;
                            e.preventDefault();
                            applyPaste(pasteRows(table, text, unit));
                          }}
                          className="w-24 rounded border border-stone-300 px-2 py-1 tabular-nums"
                        />
                      )}
                      {commented.has(rowAnchor) ? <CommentMark /> : null}
                    </th>
                  ) : null}
                  <td className="px-1 py-1">
                    {row.code === "total" && coded ? (
                      <span className="px-1">{row.name ?? "合计"}</span>
                    ) : (
                      <input
                        aria-label={`第 ${index + 1} 行${coded ? "科目名称" : "项目"}`}
                        value={rowDisplayName(table.kind, row)}
                        readOnly={table.kind === "three_public"}
                        onChange={(e) => setRow(index, { ...row, name: e.target.value })}
                        className="w-48 rounded border border-stone-300 px-2 py-1 read-only:border-transparent"
                      />
                    )}
                    {!coded && commented.has(rowAnchor) ? <CommentMark /> : null}
                  </td>
                  {sided ? <td className="px-2 py-1 text-center">{row.side ? SIDE_LABELS[row.side] : ""}</td> : null}
                  {columns.map((column, columnIndex) => {
                    const cellAnchor = anchorKey({ table: table.kind, row: rowKey, column });
                    return (
                      <td key={column} className="px-1 py-1">
                        {rowHasColumn(table.kind, row, column) ? (
                          <AmountCell
                            value={(row.values as Record<string, string | null>)[column] ?? null}
                            unit={unit}
                            label={`${rowName} ${columnHeader(table.kind, column)}`}
                            anchor={cellAnchor}
                            computed={sums.get(index)?.[column]}
                            flagged={flagged.has(cellAnchor)}
                            commented={commented.has(cellAnchor)}
                            onChange={(v) => setCell(index, column, v)}
                            onBlockPaste={(text) => applyPaste(pasteValues(table, index, columnIndex, text, unit))}
                          />
                        ) : null}
                      </td>
                    );
                  })}
                  <td className="px-1 py-1">
                    <button
                      type="button"
                      aria-label={`删除第 ${index + 1} 行${rowName ? `（${rowName}）` : ""}`}
                      onClick={() => onChange({ ...table, rows: table.rows.filter((_, i) => i !== index) })}
                      className="rounded px-2 py-1 text-red-800 hover:bg-red-50"
                    >
                      删除
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <AddRowForm table={table} onAdd={onChange} onPasteRows={(text) => applyPaste(pasteRows(table, text, unit))} />
    </section>
  );
}

function CommentMark() {
  return (
    <span className="ml-1 rounded bg-sky-100 px-1 text-xs font-normal text-sky-900" title="有审核批注">
      批注
    </span>
  );
}
