import type { TableKind, ValueColumn } from "@/lib/disclosure/schema";
import { columnHeader } from "./labels";

/** The header row of a budget table, shared by the editor's grid and the reviewer's read-only view. */
export function GridHead({ kind, columns, coded, sided, actions = false }: { kind: TableKind; columns: readonly ValueColumn[]; coded: boolean; sided: boolean; actions?: boolean }) {
  return (
    <thead>
      <tr className="bg-stone-100">
        {coded ? <th scope="col" className="px-2 py-1 text-left">科目编码</th> : null}
        <th scope="col" className="px-2 py-1 text-left">{coded ? "科目名称" : "项目"}</th>
        {sided ? <th scope="col" className="px-2 py-1">收/支</th> : null}
        {columns.map((c) => (
          <th key={c} scope="col" className="px-2 py-1 text-right">{columnHeader(kind, c)}</th>
        ))}
        {actions ? <th scope="col" className="px-2 py-1"><span className="sr-only">操作</span></th> : null}
      </tr>
    </thead>
  );
}
