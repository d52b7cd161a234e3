"use client";

import type { CSSProperties } from "react";

/**
 * A cell: its text, or its text with a class, an anchor id and the lines it spans ("" and 0 where
 * there is none, trailing ones left off). A blank cell renders without children.
 */
export type CompactCell = string | readonly [text: string, className?: string, id?: string, rowSpan?: number];
/** A body row: its cells, or its cells with the row's anchor id, class, style and where its heading is, if not where the table's are (null: none). */
export type CompactRow = readonly CompactCell[] | { cells: readonly CompactCell[]; id?: string; className?: string; style?: CSSProperties; rowHeading?: number | null };
/** A column heading: its text, or its text with its scope (a heading over a run of columns), spans and class. */
export type HeadingCell = string | { text: string; scope?: "colgroup"; colSpan?: number; rowSpan?: number; className?: string };

export interface CompactTableProps {
  className: string;
  /** read by screen readers only */
  caption?: string;
  labelledBy?: string;
  head: readonly (readonly HeadingCell[])[];
  rows: readonly CompactRow[];
  /** the position of each row's `<th scope="row">` among its cells, if it has one */
  rowHeading?: number;
  /** the cells of a row, where a row shorter than that ends in blank cells */
  width?: number;
}

/**
 * A table rendered (into the markup, and again as the page hydrates) from a description built on
 * the server, with its amounts already formatted. A client component's props travel as plain JSON
 * (~12 bytes a cell), where a server component's elements travel as an element tree in the payload
 * that hydrates the page (~45 bytes a cell, besides the markup): the disclosure page's tables are
 * thousands of cells.
 */
export function CompactTable({ className, caption, labelledBy, head, rows, rowHeading, width = 0 }: CompactTableProps) {
  return (
    <table className={className} aria-labelledby={labelledBy}>
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      {head.length > 0 ? (
        <thead>
          {head.map((line, i) => (
            <tr key={i}>
              {line.map((h, j) =>
                typeof h === "string" ? (
                  <th key={j} scope="col">{h}</th>
                ) : (
                  <th key={j} scope={h.scope ?? "col"} colSpan={h.colSpan} rowSpan={h.rowSpan} className={h.className}>{h.text}</th>
                ),
              )}
            </tr>
          ))}
        </thead>
      ) : null}
      <tbody>
        {rows.map((row, i) => {
          const { cells, id, className: rowClass, style, rowHeading: heading = rowHeading } = Array.isArray(row) ? { cells: row as readonly CompactCell[] } : (row as Exclude<CompactRow, readonly CompactCell[]>);
          return (
            <tr key={i} id={id} className={rowClass} style={style}>
              {Array.from({ length: Math.max(width, cells.length) }, (_, j) => <Cell key={j} cell={cells[j] ?? ""} heading={j === heading} />)}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Cell({ cell, heading }: { cell: CompactCell; heading: boolean }) {
  const [text, className, id, rowSpan] = typeof cell === "string" ? [cell] : cell;
  const attributes = { className: className || undefined, id: id || undefined, rowSpan: rowSpan || undefined, children: text || undefined };
  return heading ? <th scope="row" {...attributes} /> : <td {...attributes} />;
}
