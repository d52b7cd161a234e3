import type { TableKind, ValueColumn } from "@/lib/disclosure/schema";
import { frozenCode, frozenName } from "./grid-styles";
import { columnHeader } from "./labels";

interface Props {
  kind: TableKind;
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

/** The header row of a budget table, shared by the editor's grid and the reviewer's read-only view. */
export function GridHead({ kind, columns, coded, sided, actions = false, frozen = false, readOnly, readOnlyNote }: Props) {
  const head = "whitespace-nowrap px-2 py-1";
  return (
    <thead>
      <tr className="bg-stone-100">
        {coded ? <th scope="col" className={`${head} bg-stone-100 text-left ${frozen ? frozenCode : ""}`}>科目编码</th> : null}
        <th scope="col" className={`${head} bg-stone-100 text-left ${frozen ? frozenName(coded) : ""}`}>{coded ? "科目名称" : "项目"}</th>
        {sided ? <th scope="col" className={head}>收/支</th> : null}
        {columns.map((c) => (
          <th key={c} scope="col" className={`${head} text-right`} aria-describedby={readOnly?.has(c) ? readOnlyNote : undefined}>
            {columnHeader(kind, c)}
            {readOnly?.has(c) ? <span className="ml-1 rounded bg-stone-300 px-1 text-xs font-normal text-stone-900">只读</span> : null}
          </th>
        ))}
        {actions ? <th scope="col" className={head}><span className="sr-only">操作</span></th> : null}
      </tr>
    </thead>
  );
}
