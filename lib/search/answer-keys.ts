import type { DisclosureListQuery } from "@/lib/disclosure/list-query";

/**
 * The keys a search's answers are cached under: the total and the facets depend on the set of
 * grams (in any order) and the filters; the order of the results on the normalised phrase and
 * the sort too. So 三公经费 and “三公”经费 share their answers. Pure.
 */
export function searchKeys({ grams, phrase, sort, query }: { grams: string[]; phrase: string; sort: string; query: Pick<DisclosureListQuery, "district" | "year" | "kind" | "department"> }) {
  const matched = [[...grams].sort(), query.district ?? null, query.year ?? null, query.kind ?? null, query.department ?? null];
  return { counts: JSON.stringify(matched), page: JSON.stringify([...matched, phrase, sort]) };
}
