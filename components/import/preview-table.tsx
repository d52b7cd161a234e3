"use client";

import { startTransition, useState } from "react";
import { AmountTable } from "@/components/disclosure/amount-table";
import { PrintedTable } from "@/components/disclosure/printed-table";
import { secondaryButton } from "@/components/manage/styles";
import { TABLE_LABELS } from "@/lib/disclosure/labels";
import type { AnyTable, SourceUnit } from "@/lib/disclosure/schema";
import type { PartFindings as Findings } from "@/lib/imports/preview-findings";
import { PartFindings } from "./part-findings";

/** Rows shown before 展开全部: a table of hundreds of rows would hold the page up. */
export const PREVIEW_ROWS = 50;

/**
 * One table as read from the file, read-only and as the public page prints it (its first rows
 * until the reader asks for all), with its findings beside it from 1024 px, under it below.
 */
export function PreviewTable({ table, index, unit, year, findings }: { table: AnyTable; index: number; unit: SourceUnit; year: number; findings: Findings }) {
  const [all, setAll] = useState(false);
  const rows = table.rows.length;
  const cut = !all && rows > PREVIEW_ROWS;
  const name = table.kind === "other" ? table.title || TABLE_LABELS.other : TABLE_LABELS[table.kind];
  return (
    <div className="grid gap-3 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">
        {table.kind === "other" ? (
          <PrintedTable id={`preview-table-${index}`} table={cut ? { ...table, rows: table.rows.slice(0, PREVIEW_ROWS) } : table} layout="panel" />
        ) : (
          <AmountTable table={cut ? { ...table, rows: table.rows.slice(0, PREVIEW_ROWS) } : table} unit={unit} year={year} />
        )}
        {rows > PREVIEW_ROWS ? (
          <p className="mb-6 flex flex-wrap items-center gap-3 text-sm text-stone-700">
            {cut ? `共 ${rows} 行，只显示了前 ${PREVIEW_ROWS} 行。` : `共 ${rows} 行。`}
            <button type="button" className={secondaryButton} aria-label={`${cut ? "展开全部" : `只显示前 ${PREVIEW_ROWS} 行`}：${name}`} onClick={() => startTransition(() => setAll(!all))}>
              {cut ? "展开全部" : `只显示前 ${PREVIEW_ROWS} 行`}
            </button>
          </p>
        ) : null}
      </div>
      <PartFindings id={`preview-table-${index}-findings`} part={name} findings={findings} />
    </div>
  );
}
