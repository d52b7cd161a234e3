import { rowColumns } from "@/lib/disclosure/canonical";
import { columnHeading, type HeadingContext, printedColumns, printedTitle, rowLabel } from "@/lib/disclosure/column-headings";
import { type AnchorIds, findingAnchors } from "@/lib/disclosure/finding-anchors";
import { TABLE_LABELS } from "@/lib/disclosure/labels";
import { rowLevels } from "@/lib/disclosure/row-level";
import type { DisclosureTable, Finding, SourceUnit } from "@/lib/disclosure/schema";
import { anchorId } from "@/lib/disclosure/anchors";
import { SideBySideTable } from "./side-by-side-table";
import { CompactTable, type CompactRow } from "./compact-table";
import { amountCell, cell, headingRows, rowHeadingCell, rowRef, TABLE, withoutTrailingBlanks } from "./table-cells";
import { TableScroll } from "./table-scroll";

/** A 决算 table kind is a 决算's, the rest a 预算's: what the headings depend on besides the year. */
export const headingContext = (table: DisclosureTable, year: number): HeadingContext => ({ year, kind: table.kind.startsWith("final_") ? "final" : "budget" });

/**
 * One standard table as the official document prints it: codes, names by their level (类 bold,
 * 款 and 项 indented), the columns under their printed headings, amounts in the disclosure's unit
 * with thousands separators; a blank cell stays blank and a zero shows 0.00. A 收支总表 sets
 * 收入 beside 支出 as printed. Given the disclosure's `findings`, only the rows and cells they
 * point at carry an anchor id.
 */
export function AmountTable({ table, unit, year, feedbackHref, findings }: { table: DisclosureTable; unit: SourceUnit; year: number; feedbackHref?: string; findings?: readonly Finding[] }) {
  const title = printedTitle(table);
  const id = `table-${table.kind}`;
  const anchor = findingAnchors(findings);
  return (
    <section id={anchorId({ table: table.kind })} tabIndex={-1} aria-labelledby={id} className="doc-table-section">
      <h3 id={id} className="doc-table-title">{title}</h3>
      <p className="doc-table-unit">
        {feedbackHref ? (
          <a href={feedbackHref}>
            对本表提意见<span className="sr-only">：{title}</span>
          </a>
        ) : null}
        <span>单位：{unit}</span>
      </p>
      {table.rows.some((r) => r.side) ? (
        <SideBySideTable table={table} unit={unit} context={headingContext(table, year)} anchor={anchor} />
      ) : (
        <OneSidedTable table={table} unit={unit} context={headingContext(table, year)} anchor={anchor} />
      )}
      {table.note ? <p className="text-sm text-stone-700">备注：{table.note}</p> : null}
    </section>
  );
}

/** The 科目 columns stay in view while the amounts scroll under them (globals.css `.doc-table-frozen`). */
function OneSidedTable({ table, unit, context, anchor }: { table: DisclosureTable; unit: SourceUnit; context: HeadingContext; anchor: AnchorIds }) {
  const coded = table.rows.some((r) => r.code && r.code !== "total");
  const columns = printedColumns(rowColumns(table.kind), table.rows);
  const levels = rowLevels(table.rows);
  const lead = coded ? [{ label: "科目编码", className: "doc-code" }, { label: "科目名称", className: "doc-name" }] : [{ label: "项目", className: "doc-name" }];
  const rows = table.rows.map((row, i): CompactRow => {
    const values = row.values as Record<string, string | null | undefined>;
    const level = levels[i]!;
    const ref = rowRef(row);
    const id = anchor({ table: table.kind, row: ref });
    const cells = withoutTrailingBlanks([
      ...(coded ? [cell(row.code === "total" ? "" : (row.code ?? ""), { className: level.strong ? "font-semibold" : "" })] : []),
      rowHeadingCell(level, rowLabel({ ...context, table: table.kind, row })),
      ...columns.map((c) => amountCell(anchor({ table: table.kind, row: ref, column: c }), values[c], unit)),
    ]);
    return id ? { cells, id } : cells;
  });
  return (
    <TableScroll label={TABLE_LABELS[table.kind]} wide={columns.length >= (coded ? 2 : 3)}>
      <CompactTable
        className={`${TABLE} doc-table-frozen${coded ? " doc-table-coded" : ""} w-full`}
        head={headingRows(lead, columns.map((column) => columnHeading({ ...context, table: table.kind, column })))}
        rows={rows}
        rowHeading={coded ? 1 : 0}
        width={(coded ? 2 : 1) + columns.length}
      />
    </TableScroll>
  );
}
