import "server-only";
import { and, sql, type SQL } from "drizzle-orm";
import { type Dimension, searchHit } from "./search-hits";
import { departments, districts } from "../schema";
import { KIND_LABELS } from "@/lib/disclosure/list-query";

export interface Facet {
  value: string;
  label: string;
  count: number;
}
export type Facets = Record<Dimension, Facet[]>;

export interface FacetRow {
  dimension: Dimension | "all";
  district_code: string | null;
  year: number | null;
  kind: "budget" | "final" | null;
  n: number;
  district_name: string | null;
  department_district: string | null;
  department_code: string | null;
  department_name: string | null;
}

const byCount = (a: Facet, b: Facet) => b.count - a.count || a.value.localeCompare(b.value);

/** The most departments a facet lists: those with the most results. */
const TOP_DEPARTMENTS = 30;

/**
 * Every facet and the total in one pass: each grouping set counts the rows that meet every
 * filter but its own dimension's, so that facets narrow together and one can still switch
 * within a facet. The pass groups search_hit (hitsCte) by codes and ids; the names of the few
 * groups shown are joined to the counts afterwards. A query of the rows that facetsOf reads.
 */
export function facetRows({ byDimension }: { byDimension: Record<Dimension, SQL | undefined> }): SQL {
  const all = (skip?: Dimension) => and(sql`true`, ...Object.entries(byDimension).filter(([d]) => d !== skip).map(([, c]) => c))!;
  const [district, year, kind, department] = [searchHit.districtCode, searchHit.year, searchHit.kind, searchHit.departmentId];
  return sql`
    with counted as (
      select
        case when grouping(${district}) = 0 then 'district' when grouping(${year}) = 0 then 'year'
             when grouping(${kind}) = 0 then 'kind' when grouping(${department}) = 0 then 'department' else 'all' end as dimension,
        ${district} as district_code, ${year} as year, ${kind} as kind, ${department} as department_id,
        (case when grouping(${district}) = 0 then count(*) filter (where ${all("district")})
              when grouping(${year}) = 0 then count(*) filter (where ${all("year")})
              when grouping(${kind}) = 0 then count(*) filter (where ${all("kind")})
              when grouping(${department}) = 0 then count(*) filter (where ${all("department")})
              else count(*) filter (where ${all()}) end)::int as n
      from ${searchHit}
      group by grouping sets ((${district}), (${year}), (${kind}), (${department}), ())
    ), shown as (
      select *, row_number() over (partition by dimension order by n desc, department_id) as rank
      from counted where n > 0 or dimension = 'all'
    )
    select shown.dimension, shown.district_code, shown.year, shown.kind, shown.n,
           ${districts.name} as district_name, ${departments.districtCode} as department_district, ${departments.code} as department_code, ${departments.name} as department_name
    from shown
    left join ${districts} on ${districts.code} = shown.district_code
    left join ${departments} on ${departments.id} = shown.department_id
    where shown.dimension <> 'department' or shown.rank <= ${TOP_DEPARTMENTS}`;
}

/** The total and the facets from the rows of facetRows. */
export function facetsOf(rows: FacetRow[]): { total: number; facets: Facets } {
  const of = (d: Dimension) => rows.filter((r) => r.dimension === d);
  return {
    total: rows.find((r) => r.dimension === "all")?.n ?? 0,
    facets: {
      district: of("district")
        .map((r) => ({ value: r.district_code!, label: r.district_name ?? r.district_code!, count: r.n }))
        .sort(byCount),
      year: of("year")
        .map((r) => ({ value: String(r.year), label: `${r.year} 年`, count: r.n }))
        .sort((a, b) => Number(b.value) - Number(a.value)),
      kind: of("kind").map((r) => ({ value: r.kind!, label: KIND_LABELS[r.kind!], count: r.n })),
      department: of("department")
        .map((r) => ({ value: `${r.department_district}-${r.department_code}`, label: r.department_name!, count: r.n }))
        .sort(byCount),
    },
  };
}
