import type { SectionKey } from "@/lib/disclosure/schema";

/** Where a finding or a review comment points, as the key put on the element that shows it. */
export interface Anchor {
  section?: SectionKey;
  table?: string;
  row?: string;
  column?: string;
}

export function anchorKey({ section, table, row, column }: Anchor): string {
  if (section) return `section:${section}`;
  return ["table", table ?? "", row ?? "", column ?? ""].join(":").replace(/:+$/, "");
}

/** The anchor itself, then less and less precise ones, so a jump always lands somewhere near. */
function candidates(anchor: Anchor): string[] {
  const { section, table, row, column } = anchor;
  if (section) return [anchorKey({ section })];
  const keys = [anchorKey({ table, row, column }), anchorKey({ table, row }), anchorKey({ table })];
  return [...new Set(keys), "tables"];
}

/** Scrolls to the element of the anchor, focuses it and highlights it for a moment. */
export function jumpTo(anchor: Anchor) {
  const el = candidates(anchor)
    .map((key) => document.querySelector<HTMLElement>(`[data-anchor="${CSS.escape(key)}"]`))
    .find((found) => found !== null);
  if (!el) return;
  el.scrollIntoView({ block: "center", behavior: "smooth" });
  const focusable = el.matches("input, textarea, select, button") ? el : el.querySelector<HTMLElement>("input, textarea, select, button");
  (focusable ?? el).focus({ preventScroll: true });
  el.dataset.highlight = "true";
  window.setTimeout(() => delete el.dataset.highlight, 2500);
}
