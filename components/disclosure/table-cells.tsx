import type { ComponentProps, ReactNode } from "react";
import type { ColumnHeading } from "@/lib/disclosure/column-headings";
import type { RowLevel } from "@/lib/disclosure/row-level";
import type { SourceUnit, TableRow } from "@/lib/disclosure/schema";
import { formatAmount } from "@/lib/money";

/**
 * An official table: its cells' rules, shading and figures are set once on the table (globals.css
 * `.doc-table`), not repeated on each of its hundreds of cells, which the page carries twice (as
 * markup and in the payload that hydrates it).
 */
export const TABLE = "doc-table";
const INDENT = ["", "pl-6", "pl-10"] as const;

/** The column headings of a table: a group over its run of columns (2025年预算数), the lead cells (科目编码, 科目名称) spanning both lines. */
export function HeadingRows({ lead, headings }: { lead: { label: string; className?: string }[]; headings: ColumnHeading[] }) {
  const grouped = headings.some((h) => h.group !== null);
  const runs: { group: string | null; span: number; heading: string }[] = [];
  for (const h of headings) {
    const last = runs.at(-1);
    if (last && h.group !== null && last.group === h.group) last.span++;
    else runs.push({ group: h.group, span: 1, heading: h.heading });
  }
  const bothLines = grouped ? { rowSpan: 2 } : null;
  return (
    <thead>
      <tr>
        {lead.map((l) => (
          <th key={l.label} scope="col" {...bothLines} className={`text-left ${l.className ?? ""}`}>{l.label}</th>
        ))}
        {runs.map((r, i) =>
          r.group === null ? (
            <th key={i} scope="col" {...bothLines}>{r.heading}</th>
          ) : (
            <th key={i} scope="colgroup" colSpan={r.span}>{r.group}</th>
          ),
        )}
      </tr>
      {grouped ? <tr>{headings.map((h, i) => (h.group === null ? null : <th key={i} scope="col">{h.heading}</th>))}</tr> : null}
    </thead>
  );
}

/** A row's name as its level prints it: 类 and the sums bold, 款 indented once, 项 twice. */
export function RowHeading({ level, children }: { level: RowLevel; children: ReactNode }) {
  const className = [INDENT[level.depth], level.strong ? "font-semibold" : ""].filter(Boolean).join(" ");
  return <th scope="row" {...optional({ className })}>{children}</th>;
}

/** An amount in the unit shown, blank when blank; its anchor id, if any, is where a finding's link goes (the jump makes it focusable). */
export function AmountCell({ id, yuan, unit }: { id: string | undefined; yuan: string | null | undefined; unit: SourceUnit }) {
  return <Cell text={formatAmount(yuan ?? null, { unit })} {...optional({ id })} />;
}

/** A cell of text; a blank one without children, which would go into the payload as "". */
export function Cell({ text, ...attributes }: { text: string } & ComponentProps<"td">) {
  return text ? <td {...attributes}>{text}</td> : <td {...attributes} />;
}

/**
 * Attributes without the empty ones: a prop set to undefined or "" still goes into the payload
 * that hydrates the page ("$undefined"), once per cell.
 */
export function optional<T extends Record<string, string | undefined>>(attributes: T): Partial<T> {
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v)) as Partial<T>;
}

/** What a finding calls a row: its code, else its name. */
export const rowRef = (row: TableRow) => row.code ?? row.name ?? "";
