import { type DisclosureListQuery, disclosureListQuerySchema } from "@/lib/disclosure/list-query";

const DEFAULTS = disclosureListQuerySchema.parse({});
const KEYS = ["q", "district", "year", "kind", "department", "sort", "pageSize", "page"] as const;

function withParams(path: string, query: DisclosureListQuery, change: Partial<Record<keyof DisclosureListQuery, string | number | undefined>>, keys: readonly string[]) {
  const params = new URLSearchParams();
  const next = { ...query, page: undefined, ...change } as Record<string, string | number | undefined>;
  for (const key of keys) {
    const v = next[key];
    if (v !== undefined && v !== "" && v !== DEFAULTS[key as keyof typeof DEFAULTS]) params.set(key, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** The /search URL for a query with some parameters changed (undefined removes one); back to page 1 unless a page is given. */
export const searchUrl = (query: DisclosureListQuery, change: Partial<Record<keyof DisclosureListQuery, string | number | undefined>>) =>
  withParams("/search", query, change, KEYS);

/** The CSV of a query's results: the same filters and order, every page. */
export const resultsCsvUrl = (query: DisclosureListQuery) =>
  withParams("/search/results.csv", query, {}, KEYS.filter((k) => k !== "page" && k !== "pageSize"));

/** How many of the filters are chosen. */
export const chosenFilterCount = (query: DisclosureListQuery) => (["district", "year", "kind", "department"] as const).filter((k) => query[k] !== undefined).length;
