import { rowColumns } from "@/lib/disclosure/canonical";
import { rowName, TABLE_LABELS, tableColumnLabel } from "@/lib/disclosure/labels";
import type { DisclosureTable, SourceUnit, TableRow } from "@/lib/disclosure/schema";
import { anchorId } from "@/lib/disclosure/anchors";
import { formatAmount } from "@/lib/money";

const SIDE_LABELS = { income: "收入", expenditure: "支出" } as const;

function rowHeader(row: TableRow) {
  return { code: row.code === "total" ? "" : (row.code ?? ""), name: rowName(row) };
}

/**
 * One standard table as the official document prints it: codes, names, the columns of its
 * kind, amounts in the disclosure's unit with thousands separators; a blank cell stays blank
 * and a zero shows 0.00.
 */
export function AmountTable({ table, unit, year, feedbackHref }: { table: DisclosureTable; unit: SourceUnit; year: number; feedbackHref?: string }) {
  const sides = [...new Set(table.rows.map((r) => r.side))];
  const groups = sides.map((side) => ({ side, rows: table.rows.filter((r) => r.side === side) }));
  const coded = table.rows.some((r) => r.code && r.code !== "total");
  const id = `table-${table.kind}`;
  const rowRef = (row: TableRow) => row.code ?? row.name ?? "";
  return (
    <section id={anchorId({ table: table.kind })} aria-labelledby={id} className="mb-8 break-inside-avoid-page">
      <h3 id={id} className="mb-1 text-center font-semibold">{TABLE_LABELS[table.kind]}</h3>
      <p className="mb-1 flex justify-end gap-4 text-sm text-stone-600">
        {feedbackHref ? (
          <a href={feedbackHref} className="text-brand-700 underline print:hidden">
            对本表提意见<span className="sr-only">：{TABLE_LABELS[table.kind]}</span>
          </a>
        ) : null}
        <span>单位：{unit}</span>
      </p>
      {groups.map(({ side, rows }) => {
        const columns = rowColumns(table.kind, side ?? undefined);
        return (
          <div key={side ?? "all"} className="mb-2 relative overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm">
              {side ? <caption className="py-1 text-left font-medium">{SIDE_LABELS[side]}</caption> : null}
              <thead className="bg-stone-100">
                <tr>
                  {coded ? <th scope="col" className="border border-stone-300 px-2 py-1 text-left">科目编码</th> : null}
                  <th scope="col" className="min-w-[9em] border border-stone-300 px-2 py-1 text-left">{coded ? "科目名称" : "项目"}</th>
                  {columns.map((c) => (
                    <th key={c} scope="col" className="min-w-[5em] border border-stone-300 px-2 py-1 text-right">
                      {c === "prior" ? `${year - 1}年预算数` : tableColumnLabel(table.kind, c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => {
                  const { code, name } = rowHeader(row);
                  const values = row.values as Record<string, string | null | undefined>;
                  const isTotal = row.code === "total";
                  return (
                    <tr key={i} id={anchorId({ table: table.kind, row: rowRef(row) })} className={isTotal || (row.code?.length ?? 0) === 3 ? "font-medium" : undefined}>
                      {coded ? <td className="border border-stone-300 px-2 py-1 tabular-nums">{code}</td> : null}
                      <th scope="row" className={`border border-stone-300 px-2 py-1 text-left font-normal ${(row.code?.length ?? 0) > 3 && !isTotal ? "pl-4" : ""}`}>{name}</th>
                      {columns.map((c) => (
                        <td key={c} id={anchorId({ table: table.kind, row: rowRef(row), column: c })} className="whitespace-nowrap border border-stone-300 px-2 py-1 text-right tabular-nums target:bg-amber-200 target:outline target:outline-2 target:outline-amber-600">
                          {formatAmount(values[c] ?? null, { unit })}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
      {table.note ? <p className="text-sm text-stone-700">备注：{table.note}</p> : null}
    </section>
  );
}
