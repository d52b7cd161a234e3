import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { currentBudgetYear, listDistrictProgress, listLatestPublications } from "@/db/queries/home";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { publicationDate } from "@/lib/disclosure/publication-date";
import { pageTags } from "@/lib/cache/tags";
import { tagPage } from "@/lib/cache/page-tags";

const LATEST = 10;

/**
 * The home page. `/` is rewritten here (next.config.ts) because a page without a dynamic
 * segment would be rendered at build, when there is no database; this one is rendered at the
 * first request and served from the cache until a publish, retraction or department change.
 */
export const generateStaticParams = () => [];

export default async function HomePage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== "latest") notFound();
  await tagPage(pageTags.home());
  const db = await getDb();
  const year = await currentBudgetYear({ db, now: new Date() });
  const [districts, latest] = await Promise.all([listDistrictProgress({ db, year }), listLatestPublications({ db, limit: LATEST })]);
  const groups = [
    { title: "区", items: districts.filter((d) => d.type === "district") },
    { title: "县", items: districts.filter((d) => d.type === "county") },
  ];
  const published = districts.reduce((sum, d) => sum + d.published, 0);
  return (
    <>
      <section aria-labelledby="intro" className="mb-8">
        <h1 id="intro" className="text-2xl font-semibold">
          部门预算公开
        </h1>
        <p className="mt-2 max-w-3xl text-stone-700">
          重庆市 {districts.length} 个区县各部门的年度预算、决算公开文件在此集中发布。
          目前已公开 <strong>{published}</strong> 份文件。按区县浏览，或在上方检索部门名称。
        </p>
      </section>

      {latest.length ? (
        <section aria-labelledby="latest" className="mb-8">
          <h2 id="latest" className="mb-3 text-lg font-semibold">最新公开</h2>
          <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="latest-publications">
            {latest.map((d) => {
              const when = publicationDate(d);
              return (
                <li key={d.id} className="flex flex-col gap-1 px-3 py-2 sm:flex-row sm:items-baseline sm:gap-4">
                  <span className="shrink-0 text-sm text-stone-700 tabular-nums sm:w-48">
                    {when ? (
                      <>
                        {when.label} <time dateTime={when.date}>{when.date}</time>
                      </>
                    ) : null}
                  </span>
                  <span className="min-w-0">
                    <Link href={`/disclosures/${d.id}`} className="font-medium text-brand-700 underline">
                      {d.department} {d.year}年{KIND_LABELS[d.kind]}
                    </Link>
                    <span className="ml-2 text-sm text-stone-700">{d.district}</span>
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}

      <p className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-stone-700" data-testid="district-legend">
        <span>“本年已公开”：已在本平台公开 {year} 年部门预算的部门数 / 该区县在本平台登记的部门数。</span>
        <span className="inline-flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-4 w-6 rounded border border-dashed border-stone-400 bg-stone-100" />
          灰色：该区县尚无部门在本平台公开文件。
        </span>
      </p>
      {groups.map((g) => (
        <section key={g.title} aria-labelledby={`group-${g.title}`} className="mb-8">
          <h2 id={`group-${g.title}`} className="mb-3 text-lg font-semibold">
            {g.title}（{g.items.length}）
          </h2>
          <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
            {g.items.map((d) => {
              const muted = d.published === 0;
              return (
                <li key={d.code}>
                  <Link
                    href={`/districts/${d.code}`}
                    data-muted={muted || undefined}
                    className={
                      muted
                        ? "block h-full rounded border border-dashed border-stone-400 bg-stone-100 px-3 py-2 text-stone-700"
                        : "block h-full rounded border border-stone-300 bg-white px-3 py-2 shadow-sm hover:border-brand-600 hover:bg-brand-50"
                    }
                  >
                    <span className={muted ? "block" : "block font-medium text-brand-700"}>{d.name}</span>
                    {muted ? (
                      <span className="block text-sm">尚无公开文件{d.departments ? ` · ${d.departments} 个部门` : ""}</span>
                    ) : (
                      <>
                        <span className="block text-sm text-stone-800">
                          本年已公开 {d.publishedThisYear}/{d.departments} 个部门
                        </span>
                        <span className="block text-sm text-stone-700">共公开 {d.published} 份文件</span>
                      </>
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
