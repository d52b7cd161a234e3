import Link from "next/link";

export interface FilterLink {
  label: string;
  href: string;
  current: boolean;
}

/** A list's one-click filters: links, with the one in force marked (aria-current) instead of linked. */
export function FilterLinks({ label, links }: { label: string; links: FilterLink[] }) {
  return (
    <nav aria-label={label} className="mb-3 flex flex-wrap gap-2">
      {links.map((l) =>
        l.current ? (
          <strong key={l.href} aria-current="page" className="rounded bg-stone-800 px-3 py-1 text-white">{l.label}</strong>
        ) : (
          <Link key={l.href} href={l.href} className="rounded border border-stone-400 bg-white px-3 py-1 underline">{l.label}</Link>
        ),
      )}
    </nav>
  );
}
