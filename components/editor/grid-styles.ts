/**
 * The frozen 科目 columns of a grid: 科目编码 of a fixed width so that 科目名称 can stick right of
 * it; both opaque (each cell sets its background) so that scrolled amounts pass under them.
 */
export const frozenCode = "sticky left-0 z-[1] w-28 min-w-28";
export const frozenName = (coded: boolean) =>
  `sticky z-[1] shadow-[2px_0_0_0_var(--color-stone-300)] ${coded ? "left-28" : "left-0"}`;
