import type { ReactNode } from "react";

/**
 * The box a table scrolls sideways in: focusable and named after the table (not by its bare title,
 * which already names the table's section), so a keyboard can scroll it; a shadow on its right
 * edge while columns lie beyond (globals.css `.scroll-cue`, `.table-scroll`), and on a phone, where a wide table
 * does not fit, a line that says so.
 */
export function TableScroll({ label, wide, children }: { label: string; wide: boolean; children: ReactNode }) {
  return (
    <>
      {wide ? <p className="table-scroll-hint" aria-hidden="true">左右滑动查看更多列 →</p> : null}
      <div role="region" aria-label={`${label}（表格，可左右滚动）`} tabIndex={0} className="scroll-cue table-scroll">
        {children}
      </div>
    </>
  );
}
