"use client";

/** An entry: its link, its label and, set, that it stands under the entry before it. */
export type TocItem = readonly [href: string, label: string, nested?: 1];

/**
 * The list of a disclosure's table of contents (globals.css `.toc`), rendered from its
 * entries: as a client component's props they travel as plain JSON in the payload that hydrates the
 * page, a third of what its elements would weigh there.
 */
export function TocList({ items }: { items: readonly TocItem[] }) {
  return (
    <ol className="toc">
      {items.map(([href, label, nested]) => (
        <li key={href} className={nested ? "nested" : undefined}>
          <a href={href}>{label}</a>
        </li>
      ))}
    </ol>
  );
}
