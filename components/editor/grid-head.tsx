import type { HeadingContext } from "@/lib/disclosure/column-headings";
import type { TableKind, ValueColumn } from "@/lib/disclosure/schema";
import { frozenCode, frozenName } from "./grid-styles";
import { gridHeading } from "./labels";

interface Props {
  kind: TableKind;
  /** the disclosure's year and kind, which the headings print (2024年预算数) */
  context: HeadingContext;
  columns: readonly ValueColumn[];
  coded: boolean;
  sided: boolean;
  actions?: boolean;
  /** the editor's grid: 科目 columns frozen while the amounts scroll */
  frozen?: boolean;
  /** columns copied read-only, marked 只读 and described by the element `readOnlyNote` */
  readOnly?: ReadonlySet<ValueColumn>;
  readOnlyNote?: string;
}

/** Runs of neighbouring columns under the same group heading (2025年预算数 over 总计 基本支出 项目支出). */
function groupRuns(groups: readonly (string | null)[]): { group: string; start: number; span: number }[] {
  const runs: { group: string; start: number; span: number }[] = [];
  groups.forEach((group, i) => {
    if (group === null) return;
    const last = runs.at(-1);
    if (last && last.group === group && last.start + last.span === i) last.span++;
    else runs.push({ group, start: i, span: 1 });
  });
  return runs;
}

/**
 * The header of a budget table, shared by the editor's grid and the reviewer's read-only view,
 * with the headings the document prints: a group heading over its columns in a row above theirs.
 */
export function GridHead({ kind, context, columns, coded, sided, actions = false, frozen = false, readOnly, readOnlyNote }: Props) {
  const head = "whitespace-nowrap px-2 py-1";
  const headings = columns.map((column) => gridHeading({ context, kind, column, sided }));
  const runs = groupRuns(headings.map((h) => h.group));
  const rows = runs.length > 0 ? 2 : 1;
  const columnCell = (c: ValueColumn, i: number, rowSpan: number) => (
    <th key={c} scope="col" rowSpan={rowSpan} className={`${head} text-right`} aria-describedby={readOnly?.has(c) ? readOnlyNote : undefined}>
      {headings[i]!.heading}
      {readOnly?.has(c) ? <span className="ml-1 rounded bg-stone-300 px-1 text-xs font-normal text-stone-900">只读</span> : null}
    </th>
  );
  return (
    <thead>
      <tr className="bg-stone-100">
        {coded ? <th scope="col" rowSpan={rows} className={`${head} bg-stone-100 text-left ${frozen ? frozenCode : ""}`}>科目编码</th> : null}
        <th scope="col" rowSpan={rows} className={`${head} bg-stone-100 text-left ${frozen ? frozenName(coded) : ""}`}>{coded ? "科目名称" : "项目"}</th>
        {sided ? <th scope="col" rowSpan={rows} className={head}>收/支</th> : null}
        {columns.map((c, i) => {
          if (headings[i]!.group === null) return columnCell(c, i, rows);
          const run = runs.find((r) => r.start === i);
          return run ? <th key={`group-${c}`} scope="colgroup" colSpan={run.span} className={`${head} text-center`}>{run.group}</th> : null;
        })}
        {actions ? <th scope="col" rowSpan={rows} className={head}><span className="sr-only">操作</span></th> : null}
      </tr>
      {rows === 2 ? <tr className="bg-stone-100">{columns.map((c, i) => (headings[i]!.group === null ? null : columnCell(c, i, 1)))}</tr> : null}
    </thead>
  );
}
