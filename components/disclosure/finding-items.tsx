"use client";

/**
 * A finding as shown: its severity (globals.css `.finding-SEVERITY`), its label ([警告 · N1 说明金额]),
 * the page it was seen on ("" where none), its message and, on a disclosure page, the anchor of its
 * cell with the place named for a screen reader ("" where it has none).
 */
export type FindingItem = readonly [severity: string, label: string, page: string, message: string, anchor?: string, place?: string];

/**
 * The items of a list of findings, rendered from their texts: as a client component's
 * props they travel as plain strings in the payload that hydrates the page, without the elements
 * around each.
 */
export function FindingItems({ items }: { items: readonly FindingItem[] }) {
  return items.map(([severity, label, page, message, anchor, place], i) => (
    <li key={i} className={`finding finding-${severity}`}>
      <span className="font-medium">{label}</span>
      {page ? <span className="ml-1 text-stone-700">{page}</span> : null} <span data-finding-message>{message}</span>
      {anchor ? (
        <a href={`#${anchor}`} data-finding-jump>
          查看所在位置<span className="sr-only">{`：${place}`}</span>
        </a>
      ) : null}
    </li>
  ));
}
