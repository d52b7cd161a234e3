import { listHref } from "@/lib/http/list-href";
import type { RowSearchQuery } from "@/lib/rows/query";

/** What the /rows page's address holds: the query as typed in its box, the filters, the order, the page and the unit. */
export interface RowsPageState {
  query: RowSearchQuery;
  unit: "万元" | "元";
}

type Change = Partial<Pick<RowSearchQuery, "sort" | "page">> & { unit?: RowsPageState["unit"] };

function params({ query, unit }: RowsPageState, change: Change = {}) {
  const next = { ...query, page: 1, unit, ...change };
  return {
    q: next.code ?? next.q,
    district: next.district,
    year: next.year?.toString(),
    kind: next.kind,
    table: next.table,
    sort: next.sort === "amount" ? undefined : next.sort,
    pageSize: next.pageSize === 20 ? undefined : String(next.pageSize),
    page: next.page === 1 ? undefined : String(next.page),
    unit: next.unit === "万元" ? undefined : next.unit,
  };
}

/** The /rows address with some of it changed; back to page 1 unless a page is given. */
export const rowsUrl = (state: RowsPageState, change?: Change) => listHref("/rows", params(state, change));

/** The CSV of the same rows in the same order, every page (amounts in 元 whatever the page shows). */
export const rowsCsvUrl = (state: RowsPageState) => {
  const { page: _page, pageSize: _size, unit: _unit, ...rest } = params(state);
  return listHref("/api/v1/rows.csv", rest);
};
