"use client";

import { useState } from "react";
import type { DisclosureTable, TableKind } from "@/lib/disclosure/schema";
import { blankTable } from "@/lib/disclosure/blank-template";
import { tableLabel } from "./labels";

/** Adds a table of one of `kinds` (those of the disclosure's kind) that the disclosure does not have yet. */
export function AddTableForm({ kinds, present, departmentName, onAdd }: { kinds: readonly TableKind[]; present: readonly TableKind[]; departmentName: string; onAdd: (table: DisclosureTable) => void }) {
  const missing = kinds.filter((k) => !present.includes(k));
  const [kind, setKind] = useState<TableKind | "">("");
  if (missing.length === 0) return null;
  const chosen = kind && missing.includes(kind) ? kind : missing[0]!;
  return (
    <div data-anchor="tables" tabIndex={-1} className="flex flex-wrap items-end gap-2 rounded border border-dashed border-stone-400 p-3 data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400">
      <label className="text-sm">
        添加表
        <select value={chosen} onChange={(e) => setKind(e.target.value as TableKind)} className="mt-1 block rounded border border-stone-300 px-2 py-1">
          {missing.map((k) => (
            <option key={k} value={k}>{tableLabel(k)}</option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onAdd(blankTable(chosen, departmentName))} className="rounded bg-stone-700 px-3 py-1.5 text-sm text-white hover:bg-stone-800">
        添加
      </button>
    </div>
  );
}
