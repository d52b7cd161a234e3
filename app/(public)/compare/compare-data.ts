import "server-only";
import { unstable_cache } from "next/cache";
import { type Db, getDb } from "@/db/client";
import { readDisclosureDocument } from "@/db/queries/disclosure-read";
import { listDepartmentYears, listPublishedDisclosures } from "@/db/queries/public-disclosures";
import { pageTags } from "@/lib/cache/tags";
import { inComparisonOrder } from "@/lib/disclosure/compare";
import { type DisclosureListQuery, KIND_LABELS } from "@/lib/disclosure/list-query";
import { loadPublicDisclosure } from "@/lib/disclosure/public-access";
import type { SourceUnit } from "@/lib/disclosure/schema";
import { HttpProblem } from "@/lib/http/problem";

/** More than this many ids are not even looked up: the page compares at most 4. */
export const MAX_LOOKED_UP = 8;

export function compareHref({ ids, unit, more = {} }: { ids: string[]; unit: SourceUnit; more?: Record<string, string> }) {
  const params = new URLSearchParams({ ...(ids.length ? { ids: ids.join(",") } : {}), ...(unit === "元" ? { unit } : {}), ...more });
  return `/compare?${params.toString()}`;
}

/** A chosen disclosure, as plain data (it is kept in the cache). */
export type Chosen = { id: string; year: number; kind: "budget" | "final"; revision: number; districtCode: string; districtName: string; departmentId: number; departmentKey: string; departmentName: string };

export const choiceLabel = (c: Chosen) => `${c.districtName} · ${c.departmentName} · ${c.year}年${KIND_LABELS[c.kind]}`;

async function loadChosen({ db, ids }: { db: Db; ids: string[] }) {
  const loaded = await Promise.all(
    ids.slice(0, MAX_LOOKED_UP).map(async (id) => {
      try {
        return await loadPublicDisclosure({ db, id });
      } catch (e) {
        if (e instanceof HttpProblem) return null;
        throw e;
      }
    }),
  );
  return inComparisonOrder(loaded.filter((r) => r !== null && r !== undefined).map((record) => ({ record, year: record.disclosure.year })));
}

/** One chosen document: its department's other years, and the other departments of its district that year. */
async function shortcutsFor({ db, only, unit }: { db: Db; only: Chosen; unit: SourceUnit }) {
  const years = await listDepartmentYears({ db, departmentId: only.departmentId });
  return [
    ...years
      .filter((y) => y.id !== only.id)
      .map((y) => ({ href: compareHref({ ids: [only.id, y.id], unit }), label: `与本部门 ${y.year} 年${KIND_LABELS[y.kind]}对比` })),
    { href: compareHref({ ids: [only.id], unit, more: { district: only.districtCode, year: String(only.year) } }), label: `${only.districtName} ${only.year} 年的其他部门` },
  ];
}

/**
 * Everything the compare page shows for one choice and one search, from the cache until a
 * publish, retraction or department change expires the compare tag: the page reads the query and
 * is rendered per request, but does not touch the database again for the same question.
 */
export const compareData = unstable_cache(
  async ({ ids, query, unit }: { ids: string[]; query: DisclosureListQuery; unit: SourceUnit }) => {
    const db = await getDb();
    const records = await loadChosen({ db, ids });
    const chosen: Chosen[] = records.map(({ record: { district, department, disclosure } }) => ({
      id: disclosure.id,
      year: disclosure.year,
      kind: disclosure.kind,
      revision: disclosure.revision,
      districtCode: district.code,
      districtName: district.name,
      departmentId: department.id,
      departmentKey: `${department.districtCode}-${department.code}`,
      departmentName: department.name,
    }));
    const comparing = chosen.length >= 2 && chosen.length <= 4;
    const [list, shortcuts, docs] = await Promise.all([
      listPublishedDisclosures({ db, query, withFacets: true }),
      chosen.length === 1 ? shortcutsFor({ db, only: chosen[0]!, unit }) : [],
      comparing ? Promise.all(records.map((c) => readDisclosureDocument({ db, record: c.record }))) : [],
    ]);
    return {
      chosen,
      found: { items: list.items.map((d) => ({ id: d.id, label: `${d.district} · ${d.department.name} · ${d.year}年${KIND_LABELS[d.kind]}` })), total: list.total },
      districts: (list.facets?.district ?? []).map((f) => ({ value: f.value, label: f.label })),
      years: (list.facets?.year ?? []).map((f) => ({ value: f.value, label: f.label })),
      shortcuts,
      docs,
    };
  },
  ["compare-data"],
  { tags: pageTags.compare() },
);
