import type { ReactNode } from "react";

/**
 * The filters, folded on a phone under 筛选（N 项已选） and always open from 640 px. The filters are
 * the sibling of a <details> holding only its summary, so that CSS alone (no JavaScript, no
 * flash) shows them on a wide screen whatever the details' state.
 */
export function FoldedFilters({ chosen, children }: { chosen: number; children: ReactNode }) {
  return (
    <aside aria-label="筛选">
      <details className="mb-3 rounded border border-stone-300 bg-white sm:hidden">
        <summary className="cursor-pointer px-3 py-2 font-medium">筛选（{chosen} 项已选）</summary>
      </details>
      <div className="max-sm:[details:not([open])+&]:hidden">{children}</div>
    </aside>
  );
}
