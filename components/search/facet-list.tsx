import Link from "next/link";
import type { Facet } from "@/db/queries/public-disclosures";
import type { DisclosureListQuery } from "@/lib/disclosure/list-query";
import { searchUrl } from "./search-url";

/** One facet: each value with its count; the chosen one can be cleared. */
export function FacetList({ title, param, facets, query }: { title: string; param: "district" | "year" | "kind" | "department"; facets: Facet[]; query: DisclosureListQuery }) {
  const chosen = query[param] === undefined ? undefined : String(query[param]);
  if (facets.length === 0) return null;
  return (
    <section aria-labelledby={`facet-${param}`} className="mb-5">
      <h2 id={`facet-${param}`} className="mb-1 font-semibold">{title}</h2>
      <ul className="space-y-0.5 text-sm">
        {facets.map((f) => {
          const active = chosen === f.value || (param === "district" && chosen === f.label);
          return (
            <li key={f.value}>
              {/* dozens of searches per page: none asked of the server before one is chosen */}
              <Link
                prefetch={false}
                href={searchUrl(query, { [param]: active ? undefined : f.value })}
                aria-current={active ? "true" : undefined}
                className={`flex justify-between gap-2 rounded px-2 py-1 hover:bg-brand-50 ${active ? "bg-brand-100 font-medium text-brand-800" : ""}`}
              >
                <span>{active ? "✓ " : ""}{f.label}</span>
                <span className="tabular-nums text-stone-600">{f.count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
