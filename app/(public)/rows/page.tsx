import { Pager } from "@/components/manage/pager";
import type { Metadata } from "next";
import Link from "next/link";
import { RowResultsTable } from "@/components/rows/row-results-table";
import { type RowsPageState, rowsCsvUrl, rowsUrl } from "@/components/rows/rows-url";
import { TopDepartments } from "@/components/rows/top-departments";
import { FilterSelect } from "@/components/filters/filter-select";
import { getDb } from "@/db/client";
import { listDistrictNames } from "@/db/queries/districts";
import { listPublishedYears, ROW_SEARCH_DOWNLOAD_MAX, searchRows } from "@/db/queries/row-search";
import { TABLE_LABELS, tableLabel } from "@/lib/disclosure/labels";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { DISCLOSURE_KINDS } from "@/lib/disclosure/schema";
import { principalAmount } from "@/lib/rows/principal";
import { namesARow, ROW_SEARCH_TABLES, ROW_SORT_LABELS, ROW_SORTS, rowSearchQuerySchema } from "@/lib/rows/query";

export const metadata: Metadata = { title: "按科目查询" };
// rendered for each request: it reads the query (the cached pages are listed in lib/cache/tags.ts)
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TOP = 10;
const EXAMPLES = [
  { q: "30217", label: "30217 公务接待费" },
  { q: "公务用车运行维护费", label: "公务用车运行维护费" },
  { q: "2010350", label: "2010350 事业运行" },
];
const FIELD_LABELS: Record<string, string> = { code: "科目编码", q: "科目名称", district: "区县", year: "年度", kind: "类别", table: "表格", sort: "排序", page: "页码", pageSize: "每页条数" };
const field = "w-full rounded border border-stone-400 bg-white px-3 py-2";

export default async function RowsPage({ searchParams }: Props) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = rowSearchQuerySchema.safeParse(raw);
  const db = await getDb();
  const [districts, years] = await Promise.all([listDistrictNames({ db }), listPublishedYears({ db })]);
  const query = parsed.success ? parsed.data : rowSearchQuerySchema.parse({});
  const state: RowsPageState = { query, unit: raw.unit === "元" ? "元" : "万元" };
  const box = query.code ?? query.q ?? "";
  const asked = parsed.success && namesARow(query);
  const [result, top] = asked
    ? await Promise.all([searchRows({ db, query }), searchRows({ db, query: { ...query, sort: "amount", page: 1, pageSize: TOP } })])
    : [null, null];
  const pages = result ? Math.max(1, Math.ceil(result.total / query.pageSize)) : 1;
  const oneTable = top?.items.every((i) => i.table === top.items[0]?.table);

  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">按科目查询</h1>
      <p className="mb-4 max-w-3xl text-stone-700">
        查一个科目在各区县、各部门已公开的部门预算和部门决算中的金额：输入科目编码（如 30217）或科目名称（如 公务接待费），可按区县、年度、类别（预算或决算）和表格筛选。“三公”经费表的各行是年度或预算数、决算数，不是科目，不在此列。
      </p>
      {!parsed.success ? (
        <div role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-4">
          查询条件有误（{[...new Set(parsed.error.issues.map((i) => FIELD_LABELS[String(i.path[0])] ?? "查询条件"))].join("、")}），请重新填写或选择。
        </div>
      ) : null}
      <form action="/rows" method="get" role="search" className="mb-6 grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_2fr_auto]">
        <div className="sm:col-span-2 lg:col-span-1">
          <label htmlFor="rows-q" className="mb-1 block text-sm font-medium">科目编码或名称</label>
          <input id="rows-q" name="q" type="search" defaultValue={box} placeholder="如 30217 或 公务接待费" className={field} />
        </div>
        {[
          { id: "rows-district", name: "district", label: "区县", all: "全部区县", value: query.district, options: districts.map((d) => ({ value: d.name, label: d.name })) },
          { id: "rows-year", name: "year", label: "年度", all: "全部年度", value: query.year?.toString(), options: years.map((y) => ({ value: String(y), label: `${y} 年` })) },
          { id: "rows-kind", name: "kind", label: "类别", all: "预算和决算", value: query.kind, options: DISCLOSURE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })) },
          { id: "rows-table", name: "table", label: "表格", all: "全部表格", value: query.table, options: ROW_SEARCH_TABLES.map((k) => ({ value: k, label: TABLE_LABELS[k] })) },
        ].map((filter) => (
          <div key={filter.id}>
            <FilterSelect {...filter} labelClassName="mb-1 block text-sm font-medium" className={field} />
          </div>
        ))}
        {query.sort !== "amount" ? <input type="hidden" name="sort" value={query.sort} /> : null}
        {state.unit !== "万元" ? <input type="hidden" name="unit" value={state.unit} /> : null}
        <div className="flex items-end">
          <button type="submit" className="w-full rounded bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800">查询</button>
        </div>
      </form>

      {!result ? (
        <section aria-labelledby="rows-help" className="rounded border border-stone-200 bg-white p-4">
          <h2 id="rows-help" className="mb-2 font-medium">输入要查的科目</h2>
          <p className="mb-2 text-stone-700">
            科目编码是预算表中“科目编码”一栏的数字：经济分类如 30217（公务接待费）、30231（公务用车运行维护费），功能分类如 2010350（事业运行）；也可以输入科目名称。例如：
          </p>
          <ul className="flex flex-wrap gap-2">
            {EXAMPLES.map((e) => (
              <li key={e.q}>
                <Link href={rowsUrl({ ...state, query: { ...query, code: undefined, q: e.q } })} className="inline-block rounded border border-brand-700 px-3 py-1 text-brand-700 hover:bg-brand-50">{e.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section aria-labelledby="rows-results">
          <h2 id="rows-results" className="mb-1 text-lg" aria-live="polite">
            “{box}”：共 <strong>{result.total.toLocaleString("zh-CN")}</strong> 行
          </h2>
          {query.q && result.names.length > 0 && !result.names.includes(box) ? (
            <p className="mb-2 text-sm text-stone-700">没有名称恰为“{box}”的科目，以下为名称中含有它的科目：{result.names.join("、")}</p>
          ) : null}
          {result.total === 0 ? (
            <p className="text-stone-700">
              已公开的预算和决算中没有这一科目。请核对科目编码（如 30217）或名称（如 公务接待费），或减少区县、年度、类别、表格的筛选。
            </p>
          ) : (
            <>
              <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
                <a href={rowsCsvUrl(state)} download className="text-brand-700 underline">下载查询结果（CSV）</a>
                <span className="text-stone-600">
                  （金额以元为单位{result.total > ROW_SEARCH_DOWNLOAD_MAX ? `；只含前 ${ROW_SEARCH_DOWNLOAD_MAX.toLocaleString("zh-CN")} 行，请按区县或年度缩小范围` : ""}）
                </span>
                <span>
                  金额单位：
                  {(["万元", "元"] as const).map((u) =>
                    u === state.unit ? (
                      <strong key={u} className="mx-1" aria-current="true">{u}</strong>
                    ) : (
                      <Link key={u} href={rowsUrl(state, { unit: u, page: query.page })} className="mx-1 inline-block px-1 py-0.5 text-brand-700 underline">{u}</Link>
                    ),
                  )}
                </span>
              </div>
              <TopDepartments
                title={`金额最大的 ${Math.min(TOP, result.total)} 个部门${oneTable && top!.items[0] ? `（${tableLabel(top!.items[0].table)}）` : ""}`}
                unit={state.unit}
                bars={top!.items.flatMap((i, n) => {
                  const amount = principalAmount(i.table, undefined, i.values);
                  return amount === null
                    ? []
                    : [{ key: `${i.disclosureId}-${n}`, label: i.department.name, detail: `${i.district} · ${i.year} 年${oneTable ? "" : ` · ${tableLabel(i.table)}`}`, amount, href: `/disclosures/${i.disclosureId}` }];
                })}
              />
              <form action="/rows" method="get" className="mb-2 flex flex-wrap items-center gap-2 text-sm">
                {Object.entries({ q: box, district: query.district, year: query.year?.toString(), kind: query.kind, table: query.table, unit: state.unit === "万元" ? undefined : state.unit }).map(([k, v]) =>
                  v ? <input key={k} type="hidden" name={k} value={v} /> : null,
                )}
                <FilterSelect id="rows-sort" name="sort" label="排序" value={query.sort} options={ROW_SORTS.map((s) => ({ value: s, label: ROW_SORT_LABELS[s] }))} submitOnChange className="rounded border border-stone-400 bg-white px-2 py-1.5" />
                <noscript>
                  <button type="submit" className="rounded border border-brand-700 px-3 py-1 text-brand-700">排序</button>
                </noscript>
              </form>
              <p className="mb-1 text-xs text-stone-600 sm:hidden">表格可左右滑动</p>
              <RowResultsTable items={result.items} state={state} />
              <p className="mt-2 text-xs text-stone-600">金额为该行的合计（总计）数；收支总表与财政拨款收入为其金额栏。</p>
              <Pager href={(page) => rowsUrl(state, { page })} page={query.page} pageCount={pages} />
            </>
          )}
        </section>
      )}
    </>
  );
}
