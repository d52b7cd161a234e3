import type { DisclosureListQuery } from "@/lib/disclosure/list-query";

/** The /search URL for a query with some parameters changed (undefined removes one); back to page 1 unless a page is given. */
export function searchUrl(query: DisclosureListQuery, change: Partial<Record<keyof DisclosureListQuery, string | number | undefined>>) {
  const params = new URLSearchParams();
  const next = { ...query, page: undefined, ...change } as Record<string, string | number | undefined>;
  for (const key of ["q", "district", "year", "kind", "department", "sort", "page"]) {
    const v = next[key];
    if (v !== undefined && v !== "" && !(key === "page" && v === 1)) params.set(key, String(v));
  }
  const s = params.toString();
  return s ? `/search?${s}` : "/search";
}
