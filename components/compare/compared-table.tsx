import { comparedColumnHeading, type Change, type ComparedPart, type ComparedRow, type ComparedTable } from "@/lib/disclosure/compare";
import { sideLabel } from "@/lib/disclosure/column-headings";
import { TABLE_LABELS } from "@/lib/disclosure/labels";
import type { DisclosureDocument, SourceUnit, ValueColumn } from "@/lib/disclosure/schema";
import { formatAmount } from "@/lib/money";
import { signed } from "@/components/disclosure/execution-text";
import { ScrollBox } from "./scroll-box";

export const cell = "border-b border-r border-stone-300 px-2 py-1";
export const stickyCell = `${cell} sticky left-0 z-10 border-l bg-inherit text-left`;


function ChangeCell({ change, unit }: { change: Change | undefined; unit: SourceUnit }) {
  return (
    <td className={`${cell} whitespace-nowrap bg-stone-50 text-right tabular-nums`}>
      <span className="block">{change?.amount == null ? "—" : signed(formatAmount(change.amount, { unit }))}</span>
      <span className="block text-stone-600">{change?.percent == null ? "—" : `${signed(change.percent)}%`}</span>
    </td>
  );
}

/** 类 rows bold, 款 indented once, 项 twice, as the documents print a classification. */
export function rowStyle(row: Pick<ComparedRow, "total" | "code">) {
  const depth = row.total ? 0 : Math.max(0, Math.floor((row.code.length - 3) / 2));
  const bold = row.total || row.code.length === 3 ? "font-semibold" : "font-normal";
  return `${bold} ${["", "pl-5", "pl-8"][Math.min(depth, 2)]}`;
}

function PartTable({ kind, part, docs, labels, unit }: { kind: ComparedTable["kind"]; part: ComparedPart; docs: readonly Pick<DisclosureDocument, "year" | "kind">[]; labels: string[]; unit: SourceUnit }) {
  const caption = `${TABLE_LABELS[kind]}${part.side ? `（${sideLabel(part.side)}）` : ""}`;
  // each document's figure, then (after the first) its change against the first
  const slots = labels.flatMap((label, i) => (i === 0 ? [{ doc: i, change: false, label }] : [{ doc: i, change: false, label }, { doc: i, change: true, label }]));
  const heading = (column: ValueColumn) => {
    const { group, heading: h } = comparedColumnHeading({ docs, table: kind, column, side: part.side });
    return group ? `${group}·${h}` : h;
  };
  const wide = 1 + part.columns.length * slots.length > 7;
  return (
    <ScrollBox label={caption} alwaysCue={wide}>
      <table className="min-w-full border-separate border-spacing-0 bg-white text-sm">
        <caption className="py-1 text-left font-medium">{part.side ? sideLabel(part.side) : <span className="sr-only">{caption}</span>}</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" rowSpan={2} className={`${stickyCell} min-w-[9em] border-t bg-stone-100 align-bottom`}>科目</th>
            {part.columns.map((c) => (
              <th key={c} scope="colgroup" colSpan={slots.length} className={`${cell} border-t text-center`}>{heading(c)}</th>
            ))}
          </tr>
          <tr>
            {part.columns.flatMap((c) =>
              slots.map((s) => (
                <th key={`${c}-${s.doc}-${s.change}`} scope="col" className={`${cell} min-w-[7em] text-right font-medium ${s.change ? "bg-stone-50" : ""}`}>
                  {s.change ? (
                    <>
                      增减<span className="sr-only">（{s.label}比{labels[0]}）</span>
                    </>
                  ) : (
                    s.label
                  )}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {part.rows.map((r) => (
            <tr key={r.key} className={r.differs ? "bg-amber-50" : "bg-white"}>
              <th scope="row" className={`${stickyCell} ${rowStyle(r)}`}>
                {r.code ? <span className="mr-1 tabular-nums text-stone-600">{r.code}</span> : null}
                {r.name}
                {r.differs ? <span className="sr-only">（有差异）</span> : null}
              </th>
              {part.columns.flatMap((c) =>
                slots.map((s) =>
                  s.change ? (
                    <ChangeCell key={`${c}-${s.doc}-d`} change={r.changes[c]?.[s.doc - 1]} unit={unit} />
                  ) : (
                    <td key={`${c}-${s.doc}`} className={`${cell} whitespace-nowrap text-right tabular-nums`}>{formatAmount(r.values[c]?.[s.doc] ?? null, { unit })}</td>
                  ),
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** One table of the comparison, side by side per document with each one's change against the first. */
export function ComparedTableView({ table, docs, labels, unit }: { table: ComparedTable; docs: readonly Pick<DisclosureDocument, "year" | "kind">[]; labels: string[]; unit: SourceUnit }) {
  const id = `cmp-${table.kind}`;
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-1 font-semibold">{TABLE_LABELS[table.kind]}</h2>
      {table.parts.map((part) =>
        part.columns.length === 0 ? (
          <p key={part.side ?? "all"} className="text-sm text-stone-600">
            {part.side ? `${sideLabel(part.side)}：` : ""}各文件此表均无数字。
          </p>
        ) : (
          <PartTable key={part.side ?? "all"} kind={table.kind} part={part} docs={docs} labels={labels} unit={unit} />
        ),
      )}
    </section>
  );
}
