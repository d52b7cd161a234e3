import { Pager } from "@/components/manage/pager";
import type { Metadata } from "next";
import Link from "next/link";
import { FacetList } from "@/components/search/facet-list";
import { FoldedFilters } from "@/components/search/folded-filters";
import { Marked } from "@/components/search/marked";
import { ResultSnippetView } from "@/components/search/result-snippet";
import { chosenFilterCount, resultsCsvUrl, searchUrl } from "@/components/search/search-url";
import { FilterSelect } from "@/components/filters/filter-select";
import { getDb } from "@/db/client";
import { EXPORT_LIMIT, listPublishedDisclosures } from "@/db/queries/public-disclosures";
import { findSearchSnippets } from "@/db/queries/search-snippets";
import { disclosureListQuerySchema, KIND_LABELS } from "@/lib/disclosure/list-query";
import { formatAmount } from "@/lib/money";
import type { ResultSnippet } from "@/lib/search/result-snippet";
import { markMatches } from "@/lib/search/snippet";

export const metadata: Metadata = { title: "检索公开文件" };
// rendered for each request: it reads the query (the cached pages are listed in lib/cache/tags.ts)
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SORTS = [
  { value: "relevance", label: "按相关度" },
  { value: "year", label: "按年度" },
  { value: "amount", label: "按支出总额" },
];
const PARAM_LABELS: Record<string, string> = { q: "检索词", district: "区县", year: "年度", department: "部门", kind: "类型", sort: "排序", page: "页码", pageSize: "每页份数" };
const PAGE_SIZES = [20, 50, 100].map((n) => ({ value: String(n), label: `每页 ${n} 份` }));

export default async function SearchPage({ searchParams }: Props) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = disclosureListQuerySchema.safeParse(raw);
  if (!parsed.success) {
    return (
      <>
        <h1 className="mb-3 text-2xl font-semibold">检索公开文件</h1>
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-4">
          检索条件有误：{parsed.error.issues.map((i) => `${PARAM_LABELS[String(i.path[0])] ?? "参数"}：${i.message}`).join("；")}
          <Link href="/search" className="ml-2 underline">重新检索</Link>
        </div>
      </>
    );
  }
  const query = parsed.data;
  const db = await getDb();
  const result = await listPublishedDisclosures({ db, query, withFacets: true });
  // for the page shown only: a passage and a row of each result, from its stored text
  const snippets = query.q ? await findSearchSnippets({ db, ids: result.items.map((d) => d.id), q: query.q }) : new Map<string, ResultSnippet>();
  const pages = Math.max(1, Math.ceil(result.total / query.pageSize));
  const sort = query.sort ?? (query.q ? "relevance" : "year");
  return (
    <>
      <h1 className="mb-3 text-2xl font-semibold">检索公开文件</h1>
      <form action="/search" method="get" role="search" className="mb-4 flex flex-wrap gap-2">
        <label htmlFor="q" className="sr-only">检索词</label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="如：接待、预算、政务服务中心" className="min-w-0 flex-1 rounded border border-stone-400 px-3 py-2" />
        {(["district", "year", "kind", "department"] as const).map((k) => (query[k] !== undefined ? <input key={k} type="hidden" name={k} value={String(query[k])} /> : null))}
        <FilterSelect id="sort" name="sort" label="排序" labelClassName="sr-only" value={sort} options={SORTS} submitOnChange className="rounded border border-stone-400 px-2 py-2" />
        <FilterSelect id="pageSize" name="pageSize" label="每页份数" labelClassName="sr-only" value={String(query.pageSize)} options={PAGE_SIZES} submitOnChange className="rounded border border-stone-400 px-2 py-2" />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">检索</button>
      </form>
      <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
        <FoldedFilters chosen={chosenFilterCount(query)}>
          {result.facets ? (
            <>
              <FacetList title="区县" param="district" facets={result.facets.district} query={query} />
              <FacetList title="年度" param="year" facets={result.facets.year} query={query} />
              <FacetList title="类型" param="kind" facets={result.facets.kind} query={query} />
              <FacetList title="部门" param="department" facets={result.facets.department} query={query} />
            </>
          ) : null}
        </FoldedFilters>
        <section aria-labelledby="results">
          <h2 id="results" className="mb-2" aria-live="polite">
            {query.q ? <>“{query.q}”：</> : null}共 <strong>{result.total}</strong> 份已公开文件
          </h2>
          {result.total > 0 ? (
            <p className="mb-2 text-sm">
              <a href={resultsCsvUrl(query)} download className="text-brand-700 underline">下载检索结果（CSV）</a>
              <span className="text-stone-600">（金额以元为单位{result.total > EXPORT_LIMIT ? `；只含前 ${EXPORT_LIMIT.toLocaleString("zh-CN")} 份，请缩小检索范围` : ""}）</span>
            </p>
          ) : null}
          {result.items.length === 0 ? (
            <p className="text-stone-700">没有符合条件的已公开文件。可以减少筛选条件，或换一个检索词。</p>
          ) : (
            <form action="/compare" method="get">
            <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="search-results">
              {result.items.map((d) => (
                <li key={d.id} className="flex gap-3 px-4 py-3">
                  <input type="checkbox" name="ids" value={d.id} aria-label={`对比：${d.title}`} className="mt-1.5 size-4 shrink-0" />
                  <div className="min-w-0">
                  <Link href={d.url} className="font-medium text-brand-700 underline">{query.q ? <Marked parts={markMatches(d.title, query.q)} /> : d.title}</Link>
                  <p className="text-sm text-stone-600">
                    {d.district} · {d.department.name} · {d.year} 年{KIND_LABELS[d.kind]}
                    {d.totals.expenditure ? <> · 支出 {formatAmount(d.totals.expenditure, { unit: "万元" })} 万元</> : null}
                    {d.totals.threePublic ? <> · “三公”经费 {formatAmount(d.totals.threePublic, { unit: "万元" })} 万元</> : null}
                  </p>
                  {snippets.has(d.id) ? <ResultSnippetView snippet={snippets.get(d.id)!} /> : null}
                  </div>
                </li>
              ))}
            </ul>
            <button type="submit" className="mt-2 rounded border border-brand-700 px-3 py-1.5 text-sm text-brand-700 hover:bg-brand-50">对比所选（2 至 4 份）</button>
            </form>
          )}
          <Pager href={(page) => searchUrl(query, { page })} page={query.page} pageCount={pages} />
        </section>
      </div>
    </>
  );
}
