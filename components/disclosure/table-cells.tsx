import type { ReactNode } from "react";
import type { ColumnHeading } from "@/lib/disclosure/column-headings";
import type { RowLevel } from "@/lib/disclosure/row-level";
import type { SourceUnit, TableRow } from "@/lib/disclosure/schema";
import { formatAmount } from "@/lib/money";

/** The ruled cell of the official tables; borders on the cells so the frozen 科目 column keeps its own. */
const RULED = "border-b border-r border-stone-300 py-1";
export const CELL = `${RULED} px-2`;
/** The table itself: border-separate, since a sticky cell of a collapsed table leaves its borders behind. */
export const TABLE = "border-separate border-spacing-0 border-l border-t border-stone-300 text-sm";
export const HEAD = `${CELL} bg-stone-100 font-semibold`;
const INDENT = ["pl-2", "pl-6", "pl-10"] as const;

/** The column headings of a table: a group over its run of columns (2025年预算数), the lead cells (科目编码, 科目名称) spanning both lines. */
export function HeadingRows({ lead, headings, frozen }: { lead: { label: string; className?: string }[]; headings: ColumnHeading[]; frozen?: string[] }) {
  const grouped = headings.some((h) => h.group !== null);
  const runs: { group: string | null; span: number; heading: string }[] = [];
  for (const h of headings) {
    const last = runs.at(-1);
    if (last && h.group !== null && last.group === h.group) last.span++;
    else runs.push({ group: h.group, span: 1, heading: h.heading });
  }
  return (
    <thead>
      <tr>
        {lead.map((l, i) => (
          <th key={l.label} scope="col" rowSpan={grouped ? 2 : undefined} className={`${HEAD} text-left ${frozen?.[i] ?? ""} ${l.className ?? ""}`}>{l.label}</th>
        ))}
        {runs.map((r, i) =>
          r.group === null ? (
            <th key={i} scope="col" rowSpan={grouped ? 2 : undefined} className={`${HEAD} min-w-[5em] text-right`}>{r.heading}</th>
          ) : (
            <th key={i} scope="colgroup" colSpan={r.span} className={`${HEAD} text-center`}>{r.group}</th>
          ),
        )}
      </tr>
      {grouped ? (
        <tr>
          {headings.map((h, i) => (h.group === null ? null : <th key={i} scope="col" className={`${HEAD} min-w-[5em] text-right`}>{h.heading}</th>))}
        </tr>
      ) : null}
    </thead>
  );
}

/** A row's name as its level prints it: 类 and the sums bold, 款 indented once, 项 twice. */
export function RowHeading({ level, frozen, children }: { level: RowLevel; frozen?: string; children: ReactNode }) {
  return (
    <th scope="row" className={`${RULED} pr-2 ${INDENT[level.depth]} text-left ${level.strong ? "font-semibold" : "font-normal"} ${frozen ?? ""}`}>
      {children}
    </th>
  );
}

/**
 * An amount in the unit shown, blank when blank. Where a finding points at it (its anchor id) it
 * takes the focus the jump gives it, and stops far enough below the top that the table's heading
 * stays in view.
 */
export function AmountCell({ id, yuan, unit }: { id: string | undefined; yuan: string | null | undefined; unit: SourceUnit }) {
  return (
    <td
      id={id}
      tabIndex={id ? -1 : undefined}
      className={`${CELL} scroll-mt-[min(40vh,16rem)] whitespace-nowrap text-right tabular-nums focus:bg-amber-100 focus:outline-2 focus:outline-amber-600 target:bg-amber-200 target:outline-2 target:outline-amber-600`}
    >
      {formatAmount(yuan ?? null, { unit })}
    </td>
  );
}

/** Anchor ids once each: a later row of the same code or name (合计 on both sides) goes without. */
export function onceEach() {
  const seen = new Set<string>();
  return (id: string | undefined) => {
    if (id === undefined || seen.has(id)) return undefined;
    seen.add(id);
    return id;
  };
}

/** What a finding calls a row: its code, else its name. */
export const rowRef = (row: TableRow) => row.code ?? row.name ?? "";
