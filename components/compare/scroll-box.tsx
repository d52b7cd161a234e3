import type { ReactNode } from "react";

/**
 * A wide table in its own sideways-scrolling box, so that the page stays as wide as the screen.
 * Focusable, so that the keyboard can scroll it. The cue (a line and a shade on the right edge)
 * shows on narrow screens, and on every screen where the table is known to be wide.
 */
export function ScrollBox({ label, alwaysCue, children }: { label: string; alwaysCue: boolean; children: ReactNode }) {
  const cue = alwaysCue ? "" : "lg:hidden";
  return (
    <div className="mb-3">
      <p aria-hidden="true" className={`mb-1 text-right text-sm text-stone-600 ${cue}`}>
        左右滑动查看全部栏目 →
      </p>
      <div className="relative">
        <div
          role="region"
          aria-label={`${label}（可左右滚动）`}
          tabIndex={0}
          className="relative overflow-x-auto focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
        >
          {children}
        </div>
        <div aria-hidden="true" className={`pointer-events-none absolute inset-y-0 right-0 w-4 bg-linear-to-l from-stone-500/30 to-transparent ${cue}`} />
      </div>
    </div>
  );
}
