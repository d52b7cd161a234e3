"use client";

import { useId, useMemo, useState } from "react";
import { AmountTable } from "@/components/disclosure/amount-table";
import { type CarryOver, isReadOnlyCell } from "@/lib/disclosure/carry-over";
import { type HeadingContext, sideLabel } from "@/lib/disclosure/column-headings";
import type { DisclosureTable, SourceUnit, TableRow, ValueColumn } from "@/lib/disclosure/schema";
import { computedSums, removeRow, sumAncestors } from "@/lib/disclosure/table-sums";
import { anchorKey } from "./anchors";
import { AmountCell } from "./amount-cell";
import { schemeOf } from "./classification";
import { AddRowForm } from "./add-row-form";
import { GridHead } from "./grid-head";
import { gridPlace, keepClearOfFrozen, moveInGrid } from "./grid-navigation";
import { frozenCode, frozenName } from "./grid-styles";
import { columnName, rowDisplayName, rowTitle, tableLabel } from "./labels";
import { isBlock, pasteRows, pasteValues } from "./paste";
import { gridColumns, isFixedRow, rowHasColumn } from "./table-rows";

interface Props {
  table: DisclosureTable;
  unit: SourceUnit;
  /** the disclosure's year and kind, which the column headings print */
  context: HeadingContext;
  /** the draft's cells copied read-only (上年数) */
  readOnly: CarryOver["readOnly"];
  flagged: ReadonlySet<string>;
  commented: ReadonlySet<string>;
  onChange: (table: DisclosureTable) => void;
  onRemove: () => void;
}

const rowKeyOf = (row: TableRow) => row.code ?? row.name ?? "";

/**
 * One table of the disclosure as an editable grid keyed by classification code; on a phone
 * (below 768 px) the table as the public reads it instead, since a grid that narrow is unusable.
 */
export function TableGrid(props: Props) {
  return (
    <>
      <div className="md:hidden">
        <p className="mb-2 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">手机屏幕上仅供查看，请在电脑或平板上编辑此表。</p>
        <AmountTable table={props.table} unit={props.unit} year={props.context.year} />
      </div>
      <EditableGrid {...props} />
    </>
  );
}

function EditableGrid({ table, unit, context, readOnly, flagged, commented, onChange, onRemove }: Props) {
  const [pasteError, setPasteError] = useState<string | null>(null);
  const noteId = useId();
  const sums = useMemo(() => computedSums(table), [table]);
  const columns = gridColumns(table.kind);
  const coded = schemeOf(table.kind) !== null;
  const sided = table.rows.some((r) => r.side !== undefined);
  const label = tableLabel(table.kind);
  const tableAnchor = anchorKey({ table: table.kind });
  const lockedColumns = new Set(columns.filter((c) => isReadOnlyCell(readOnly, table.kind, c, {})));
  const anyLocked = table.rows.some((row) => columns.some((c) => isReadOnlyCell(readOnly, table.kind, c, row)));

  const setRow = (index: number, row: TableRow) => onChange({ ...table, rows: table.rows.map((r, i) => (i === index ? row : r)) });
  const setCell = (index: number, column: ValueColumn, value: string | null) => {
    const rows = table.rows.map((r, i) => (i === index ? { ...r, values: { ...r.values, [column]: value } } : r));
    onChange(sumAncestors({ ...table, rows }, [{ row: index, column }], readOnly));
  };
  const applyPaste = (result: ReturnType<typeof pasteValues>) => {
    if (result.ok) {
      setPasteError(null);
      onChange(result.table);
    } else setPasteError(result.message);
  };

  return (
    <section aria-labelledby={`${table.kind}-heading`} data-anchor={tableAnchor} tabIndex={-1} className="hidden rounded border border-stone-300 bg-white p-3 data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400 md:block">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`${table.kind}-heading`} className="text-lg font-semibold">
          {label}
          {commented.has(tableAnchor) ? <CommentMark /> : null}
        </h3>
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
      <p className="mt-2 text-sm text-stone-600">
        单位：{unit}。Enter、Shift+Enter 和方向键在格间移动；填写金额时，所属款、类和合计的同一列随之汇总。可从 Excel/WPS 复制多格后在金额格中粘贴（从该格向右、向下填入），或在科目编码格（含下方“添加行”的科目编码框）中粘贴整行（编码、名称、金额…）。
      </p>
      {anyLocked ? (
        <p id={noteId} className="mt-1 text-sm text-stone-700">
          灰色格为上年数，取自上年公开文件或导入的原文，不可修改。
        </p>
      ) : null}
      {pasteError ? (
        <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          粘贴未执行：{pasteError}
        </p>
      ) : null}
      <div className="relative mt-2 overflow-x-auto" onFocus={keepClearOfFrozen} onKeyDown={moveInGrid}>
        <table className="min-w-full border-collapse text-sm">
          <caption className="sr-only">{label}（单位：{unit}）</caption>
          <GridHead kind={table.kind} context={context} columns={columns} coded={coded} sided={sided} actions frozen readOnly={lockedColumns} readOnlyNote={anyLocked ? noteId : undefined} />
          <tbody>
            {table.rows.map((row, index) => {
              const rowKey = rowKeyOf(row);
              const rowAnchor = anchorKey({ table: table.kind, row: rowKey });
              const rowName = rowTitle(table.kind, row);
              const isTotal = row.code === "total";
              // the frozen cells cover what scrolls under them, so they paint the row's background themselves
              const frozenBg = `${isTotal ? "bg-stone-50" : "bg-white"} group-data-[highlight=true]:bg-amber-100`;
              return (
                <tr key={index} data-anchor={rowAnchor} tabIndex={-1} className={`group border-t border-stone-200 align-top data-[highlight=true]:bg-amber-100 ${isTotal ? "bg-stone-50 font-semibold" : ""}`}>
                  {coded ? (
                    <th scope="row" data-frozen className={`px-1 py-1 text-left font-normal ${frozenCode} ${frozenBg}`}>
                      {isTotal ? (
                        <span className="px-1 font-semibold">合计</span>
                      ) : (
                        <input
                          aria-label={`第 ${index + 1} 行科目编码`}
                          value={row.code ?? ""}
                          onChange={(e) => setRow(index, { ...row, code: e.target.value.trim() || undefined } as TableRow)}
                          onPaste={(e) => {
                            const text = e.clipboardData.getData("text/plain");
                            if (!isBlock(text)) return;
                            e.preventDefault();
                            applyPaste(pasteRows(table, text, { unit, readOnly, context }));
                          }}
                          {...gridPlace(index, 0)}
                          className="w-24 rounded border border-stone-300 px-2 py-1 tabular-nums"
                        />
                      )}
                      {commented.has(rowAnchor) ? <CommentMark /> : null}
                    </th>
                  ) : null}
                  <td data-frozen className={`px-1 py-1 ${frozenName(coded)} ${frozenBg}`}>
                    {isTotal && coded ? (
                      <span className="whitespace-nowrap px-1">{row.name ?? "合计"}</span>
                    ) : (
                      <input
                        aria-label={`第 ${index + 1} 行${coded ? "科目名称" : "项目"}`}
                        value={rowDisplayName(table.kind, row)}
                        readOnly={table.kind === "three_public"}
                        onChange={(e) => setRow(index, { ...row, name: e.target.value })}
                        {...gridPlace(index, 1)}
                        className="w-44 rounded border border-stone-300 px-2 py-1 read-only:border-transparent read-only:bg-transparent xl:w-60"
                      />
                    )}
                    {!coded && commented.has(rowAnchor) ? <CommentMark /> : null}
                  </td>
                  {sided ? <td className="whitespace-nowrap px-2 py-1 text-center">{row.side ? sideLabel(row.side) : ""}</td> : null}
                  {columns.map((column, columnIndex) => {
                    const cellAnchor = anchorKey({ table: table.kind, row: rowKey, column });
                    return (
                      <td key={column} className="px-1 py-1">
                        {rowHasColumn(table.kind, row, column) ? (
                          <AmountCell
                            value={(row.values as Record<string, string | null>)[column] ?? null}
                            unit={unit}
                            label={`${rowName} ${columnName(context, table.kind, column, row.side)}`}
                            anchor={cellAnchor}
                            computed={sums.get(index)?.[column]}
                            flagged={flagged.has(cellAnchor)}
                            commented={commented.has(cellAnchor)}
                            readOnly={isReadOnlyCell(readOnly, table.kind, column, row)}
                            place={{ row: index, col: 2 + columnIndex }}
                            onChange={(v) => setCell(index, column, v)}
                            onBlockPaste={(text) => applyPaste(pasteValues(table, index, columnIndex, text, { unit, readOnly, context }))}
                          />
                        ) : null}
                      </td>
                    );
                  })}
                  <td className="px-1 py-1">
                    {isFixedRow(table.kind, row) ? null : (
                      <button
                        type="button"
                        aria-label={`删除第 ${index + 1} 行${rowName ? `（${rowName}）` : ""}`}
                        onClick={() => onChange(removeRow(table, index, readOnly))}
                        className="whitespace-nowrap rounded px-2 py-1 text-red-800 hover:bg-red-50"
                      >
                        删除
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <AddRowForm table={table} onAdd={onChange} onPasteRows={(text) => applyPaste(pasteRows(table, text, { unit, readOnly, context }))} />
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
