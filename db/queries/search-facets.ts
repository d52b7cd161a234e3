import "server-only";
import { and, inArray, sql, type SQL } from "drizzle-orm";
import type { Tx } from "../client";
import { rowsOf } from "../rows";
import { listDistrictNames } from "./districts";
import { type Dimension, searchHit } from "./search-hits";
import { departments } from "../schema";
import { KIND_LABELS } from "@/lib/disclosure/list-query";

export interface Facet {
  value: string;
  label: string;
  count: number;
}
export type Facets = Record<Dimension, Facet[]>;

interface FacetRow {
  dimension: Dimension | "all";
  district_code: string | null;
  year: number | null;
  kind: "budget" | "final" | null;
  department_id: number | null;
  n: number;
}

const byCount = (a: Facet, b: Facet) => b.count - a.count || a.value.localeCompare(b.value);

/**
 * Every facet and the total in one pass: each grouping set counts the rows that meet every
 * filter but its own dimension's, so that facets narrow together and one can still switch
 * within a facet. The pass reads search_hit (collectHits) alone; the few names shown are read after.
 */
export async function facetCounts({ tx, byDimension }: { tx: Tx; byDimension: Record<Dimension, SQL | undefined> }): Promise<{ total: number; facets: Facets }> {
  const all = (skip?: Dimension) => and(sql`true`, ...Object.entries(byDimension).filter(([d]) => d !== skip).map(([, c]) => c))!;
  const [district, year, kind, department] = [searchHit.districtCode, searchHit.year, searchHit.kind, searchHit.departmentId];
  const result = await tx.execute(sql`
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
    group by grouping sets ((${district}), (${year}), (${kind}), (${department}), ())`);
  const rows = rowsOf<FacetRow>(result).filter((r) => r.n > 0 || r.dimension === "all");
  const of = (d: Dimension) => rows.filter((r) => r.dimension === d);
  const topDepartments = of("department")
    .sort((a, b) => b.n - a.n || a.department_id! - b.department_id!)
    .slice(0, 30);
  const [districtNames, departmentNames] = await Promise.all([
    listDistrictNames({ db: tx }),
    topDepartments.length
      ? tx
          .select({ id: departments.id, districtCode: departments.districtCode, code: departments.code, name: departments.name })
          .from(departments)
          .where(inArray(departments.id, topDepartments.map((r) => r.department_id!)))
      : [],
  ]);
  const districtName = new Map(districtNames.map((d) => [d.code, d.name]));
  const departmentOf = new Map(departmentNames.map((d) => [d.id, d]));
  return {
    total: rows.find((r) => r.dimension === "all")?.n ?? 0,
    facets: {
      district: of("district")
        .map((r) => ({ value: r.district_code!, label: districtName.get(r.district_code!) ?? r.district_code!, count: r.n }))
        .sort(byCount),
      year: of("year")
        .map((r) => ({ value: String(r.year), label: `${r.year} 年`, count: r.n }))
        .sort((a, b) => Number(b.value) - Number(a.value)),
      kind: of("kind").map((r) => ({ value: r.kind!, label: KIND_LABELS[r.kind!], count: r.n })),
      department: topDepartments
        .flatMap((r) => {
          const d = departmentOf.get(r.department_id!);
          return d ? [{ value: `${d.districtCode}-${d.code}`, label: d.name, count: r.n }] : [];
        })
        .sort(byCount),
    },
  };
}
