import "server-only";
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { rowsOf } from "../rows";
import { departments, disclosures, districts, rowSearch, tableRows } from "../schema";
import { rowName } from "@/lib/disclosure/labels";
import { type TableKind, VALUE_COLUMNS } from "@/lib/disclosure/schema";
import type { RowSearchItem } from "@/lib/rows/item";
import type { RowSearchQuery, RowSort } from "@/lib/rows/query";
import { rowValues } from "@/lib/rows/values";
import { normalizeSearchText } from "@/lib/search/normalize";
import { CACHED_IDS, readSearchGeneration, searchCaches } from "./search-cache";

export interface RowSearchResult {
  total: number;
  items: RowSearchItem[];
  /** the row names a name query was matched against: itself when some row bears it, else those that contain it */
  names: string[];
}

/** Names that contain the query, at most; a query as short as 费 would otherwise list hundreds. */
const MAX_NAMES = 50;

/**
 * The name keys a name query finds: the query's own key when some row bears it; else the keys that
 * contain it, picked among the distinct keys — read off the name index one key at a time (a skip
 * scan: a few thousand index probes instead of reading millions of rows).
 */
async function nameKeysFor({ db, q }: { db: Db; q: string }): Promise<string[]> {
  const key = normalizeSearchText(q);
  if (!key) return [];
  const [exact] = await db.select({ key: rowSearch.nameKey }).from(rowSearch).where(eq(rowSearch.nameKey, key)).limit(1);
  if (exact) return [key];
  const result = await db.execute(sql`
    with recursive k(name_key) as (
      (select name_key from ${rowSearch} where name_key is not null order by name_key limit 1)
      union all
      select (select r.name_key from ${rowSearch} r where r.name_key > k.name_key order by r.name_key limit 1) from k where k.name_key is not null
    )
    select name_key from k where strpos(name_key, ${key}) > 0 order by length(name_key), name_key limit ${MAX_NAMES}`);
  return rowsOf<{ name_key: string }>(result).map((r) => r.name_key);
}

const ORDER: Record<RowSort, SQL[]> = {
  amount: [sql`${rowSearch.amount} desc nulls last`],
  amount_asc: [sql`${rowSearch.amount} asc nulls last`],
  department: [asc(departments.name), desc(rowSearch.year)],
  year: [desc(rowSearch.year), sql`${rowSearch.amount} desc nulls last`],
};

/** The rows to list in a CSV download, at most. */
export const ROW_SEARCH_DOWNLOAD_MAX = 20_000;

/** The rows of published disclosures a query selects; undefined when it selects none (neither a code nor a name found). */
function rowsWhere({ db, query, names }: { db: Db; query: Omit<RowSearchQuery, "sort">; names: string[] }): SQL | undefined {
  if (query.code === undefined && names.length === 0) return undefined;
  return and(
    eq(disclosures.status, "published"),
    query.code !== undefined ? eq(rowSearch.code, query.code) : undefined,
    query.q !== undefined ? inArray(rowSearch.nameKey, names) : undefined,
    query.year !== undefined ? eq(rowSearch.year, query.year) : undefined,
    query.table !== undefined ? eq(rowSearch.tableKind, query.table) : undefined,
    query.kind !== undefined ? eq(disclosures.kind, query.kind) : undefined,
    query.district !== undefined
      ? inArray(departments.districtCode, db.select({ code: districts.code }).from(districts).where(or(eq(districts.name, query.district), eq(districts.code, query.district))))
      : undefined,
  );
}

async function countRows({ db, where }: { db: Db; where: SQL }): Promise<number> {
  const [counted] = await db
    .select({ n: count() })
    .from(rowSearch)
    .innerJoin(disclosures, eq(disclosures.id, rowSearch.disclosureId))
    .innerJoin(departments, eq(departments.id, disclosures.departmentId))
    .where(where);
  return counted?.n ?? 0;
}

/**
 * A page of row ids, from the index and the disclosures alone; their details are read after.
 * (Counting in the same statement, with count(*) over (), turns the plan into nested loops over
 * every row: slower than counting apart.)
 */
async function pageOfRows({ db, where, sort, limit, offset }: { db: Db; where: SQL; sort: RowSort; limit: number; offset: number }): Promise<number[]> {
  const page = await db
    .select({ rowId: rowSearch.rowId })
    .from(rowSearch)
    .innerJoin(disclosures, eq(disclosures.id, rowSearch.disclosureId))
    .innerJoin(departments, eq(departments.id, disclosures.departmentId))
    .where(where)
    .orderBy(...ORDER[sort], asc(rowSearch.rowId))
    .limit(limit)
    .offset(offset);
  return page.map((r) => r.rowId);
}

/**
 * One 科目 across every department: the rows of published disclosures with the code, or with the
 * name (normalised as search text), narrowed by district, year, kind and table, sorted and paged.
 * Without a code or a name it lists nothing. `pageSize` may exceed the page's maximum for downloads.
 */
export async function searchRows({ db, query }: { db: Db; query: Omit<RowSearchQuery, "sort"> & { sort?: RowSort } }): Promise<RowSearchResult> {
  // answered from the cache while nothing the row search shows has changed (db/queries/search-cache.ts)
  const generation = await readSearchGeneration({ db });
  const cache = searchCaches(db).rows;
  const sort = query.sort ?? "amount";
  const key = JSON.stringify([query.code, query.q === undefined ? null : normalizeSearchText(query.q), query.year, query.table, query.kind, query.district, sort]);
  const offset = (query.page - 1) * query.pageSize;
  const cachedPage = offset + query.pageSize <= CACHED_IDS;
  let found = cache.get(generation, key);
  let page = cachedPage ? found?.first?.slice(offset, offset + query.pageSize) : undefined;
  if (!page) {
    const names = found?.names ?? (query.q !== undefined ? await nameKeysFor({ db, q: query.q }) : []);
    const where = rowsWhere({ db, query, names });
    const total = found?.total ?? (where ? await countRows({ db, where }) : 0);
    const [limit, from] = cachedPage ? [CACHED_IDS, 0] : [query.pageSize, offset];
    const rowIds = where && total > from ? await pageOfRows({ db, where, sort, limit, offset: from }) : [];
    cache.set(generation, key, (found = { total, names, first: cachedPage ? rowIds : found?.first }));
    page = cachedPage ? rowIds.slice(offset, offset + query.pageSize) : rowIds;
  }
  const { total, names } = found!;
  if (page.length === 0) return { total, items: [], names };

  const order = new Map(page.map((rowId, i) => [rowId, i]));
  const valueColumns = Object.fromEntries(VALUE_COLUMNS.map((c) => [c, tableRows[c]]));
  const details = await db
    .select({
      rowId: rowSearch.rowId,
      disclosureId: rowSearch.disclosureId,
      year: rowSearch.year,
      table: rowSearch.tableKind,
      kind: disclosures.kind,
      district: districts.name,
      districtCode: departments.districtCode,
      departmentCode: departments.code,
      departmentName: departments.name,
      code: tableRows.code,
      name: tableRows.name,
      side: tableRows.side,
      ...valueColumns,
    })
    .from(rowSearch)
    .innerJoin(disclosures, eq(disclosures.id, rowSearch.disclosureId))
    .innerJoin(departments, eq(departments.id, disclosures.departmentId))
    .innerJoin(districts, eq(districts.code, departments.districtCode))
    .innerJoin(tableRows, eq(tableRows.id, rowSearch.rowId))
    .where(inArray(rowSearch.rowId, page));
  const rows = details.sort((a, b) => order.get(a.rowId)! - order.get(b.rowId)!);

  return {
    total,
    names,
    items: rows.map((r) => ({
      disclosureId: r.disclosureId,
      district: r.district,
      department: { key: `${r.districtCode}-${r.departmentCode}`, code: r.departmentCode, name: r.departmentName },
      year: r.year,
      kind: r.kind,
      table: r.table as TableKind,
      code: r.code,
      name: rowName(r),
      values: rowValues(r.table as TableKind, r.side ?? undefined, r as unknown as Record<string, string | null>),
    })),
  };
}

/** The years that have published disclosures, newest first: the row search's year picker. */
export async function listPublishedYears({ db }: { db: Db }): Promise<number[]> {
  const rows = await db.selectDistinct({ year: disclosures.year }).from(disclosures).where(eq(disclosures.status, "published")).orderBy(desc(disclosures.year));
  return rows.map((r) => r.year);
}
