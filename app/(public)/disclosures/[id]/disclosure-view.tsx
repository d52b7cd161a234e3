import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BarChart } from "@/components/charts/bar-chart";
import { AmountTable } from "@/components/disclosure/amount-table";
import { Narrative, narrativeEntries } from "@/components/disclosure/narrative";
import { PerformanceTargets } from "@/components/disclosure/performance-targets";
import { ReadingGuide } from "@/components/disclosure/reading-guide";
import { RevisionHistory } from "@/components/disclosure/revision-history";
import { SelfEvaluations } from "@/components/disclosure/self-evaluations";
import { YearTable } from "@/components/disclosure/year-table";
import { DisclosureFeedback } from "@/components/feedback/disclosure-feedback";
import { ConsistencyReport } from "@/components/disclosure/consistency-report";
import { Downloads } from "@/components/disclosure/downloads";
import { FindingJump } from "@/components/disclosure/finding-jump";
import { PrintedTable } from "@/components/disclosure/printed-table";
import { SummaryFigures } from "@/components/disclosure/summary-figures";
import { TableOfContents } from "@/components/disclosure/table-of-contents";
import { getDb } from "@/db/client";
import { readDisclosureDocument } from "@/db/queries/disclosure-read";
import { listDepartmentYears, listPublicRevisions } from "@/db/queries/public-disclosures";
import { anchorId } from "@/lib/disclosure/anchors";
import { chartData } from "@/lib/disclosure/chart-data";
import { printedTitle } from "@/lib/disclosure/column-headings";
import { TABLE_LABELS } from "@/lib/disclosure/labels";
import { publicationDateText } from "@/lib/disclosure/publication-date";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { isPublicStatus, loadPublicDisclosure } from "@/lib/disclosure/public-access";
import { HttpProblem } from "@/lib/http/problem";
import { pageTags } from "@/lib/cache/tags";
import { tagPage } from "@/lib/cache/page-tags";
import type { SourceUnit } from "@/lib/disclosure/schema";

/**
 * A public disclosure as a page, rendered once per unit and served from the cache
 * (lib/cache/tags.ts says what expires it). `/disclosures/ID` shows the document's own unit;
 * `?unit=元` and `?unit=万元` are rewritten to `/disclosures/ID/yuan` and `…/wanyuan`
 * (next.config.ts), so that no page reads the query. `?table=` is read by the feedback form.
 */
const load = cache(async (id: string) => {
  await tagPage(pageTags.disclosure({ id }));
  const db = await getDb();
  try {
    const record = await loadPublicDisclosure({ db, id });
    const { departmentId, year, kind } = record.disclosure;
    await tagPage(pageTags.disclosure({ id, revisions: { departmentId, year, kind } }));
    return { db, record };
  } catch (e) {
    if (e instanceof HttpProblem && e.status === 410) return { db, retracted: String(e.details.reason ?? "") };
    if (e instanceof HttpProblem && e.status === 404) notFound();
    throw e;
  }
});

export async function disclosureMetadata(id: string): Promise<Metadata> {
  const loaded = await load(id);
  return { title: "record" in loaded && loaded.record ? loaded.record.disclosure.title : "已撤回的文件" };
}

export async function DisclosureView({ id, unit: asked }: { id: string; unit?: SourceUnit }) {
  const loaded = await load(id);
  if (!("record" in loaded) || !loaded.record) {
    return (
      <div role="status" className="rounded border border-stone-300 bg-white p-4">
        <h1 className="mb-2 text-xl font-semibold">该文件已撤回</h1>
        <p>撤回理由：{loaded.retracted || "未说明"}</p>
      </div>
    );
  }
  const { db, record } = loaded;
  const d = record.disclosure;
  const [doc, revisions, allYears] = await Promise.all([
    readDisclosureDocument({ db, record }),
    listPublicRevisions({ db, departmentId: d.departmentId, year: d.year, kind: d.kind }),
    listDepartmentYears({ db, departmentId: d.departmentId }),
  ]);
  // the year being read stands in the list even when it is a superseded revision
  const years = allYears.filter((y) => y.kind === d.kind).map((y) => (y.year === d.year ? { ...y, id: d.id, totalExpenditure: d.totalExpenditure, basicTotal: d.basicTotal, projectTotal: d.projectTotal, threePublicTotal: d.threePublicTotal } : y));
  const current = revisions.find((r) => r.status === "published");
  const departmentKey = `${record.department.districtCode}-${record.department.code}`;
  // a 决算 stands beside its department's published budget of the year, where there is one
  const budgetOfYear = d.kind === "final" ? (allYears.find((y) => y.kind === "budget" && y.year === d.year)?.id ?? null) : null;
  const unit = asked ?? d.sourceUnit;
  const charts = chartData(doc, unit);
  // "对本表提意见" reloads the page with the table picked in the feedback form
  const feedbackHref = (kind: string) => `?${new URLSearchParams({ ...(unit !== d.sourceUnit ? { unit } : {}), table: kind }).toString()}#feedback`;
  const published = publicationDateText(d);
  const contents = [
    ...(d.kind === "final" ? [{ href: "#how-to-read", label: "如何阅读本决算" }] : []),
    { href: "#consistency", label: "数据一致性检查" },
    { href: "#charts", label: "图表" },
    ...narrativeEntries(doc),
    { href: "#tables", label: "公开表格" },
    ...doc.tables.map((t, i) => ({ href: `#${t.kind === "other" ? `printed-table-${i}` : anchorId({ table: t.kind })}`, label: t.kind === "other" ? t.title || TABLE_LABELS.other : printedTitle(t), nested: true })),
    ...(doc.performance.overall || doc.performance.projects.length > 0 ? [{ href: "#performance", label: "绩效目标" }] : []),
    ...(doc.performance.selfEvaluations?.length ? [{ href: "#self-evaluations", label: "绩效自评" }] : []),
    { href: "#revisions", label: "版本记录" },
    { href: "#years", label: "本部门历年公开" },
    { href: "#feedback", label: "对本文件提出意见" },
  ];
  return (
    <article>
      <nav aria-label="位置" className="mb-4 text-sm text-stone-600 print:hidden">
        <Link href="/" className="underline">首页</Link> › <Link href={`/districts/${record.district.code}`} className="underline">{record.district.name}</Link> › <Link href={`/departments/${departmentKey}`} className="underline">{record.department.name}</Link>
      </nav>
      {d.status === "superseded" ? (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3">
          这是已被新版本取代的第 {d.revision} 版。{current ? <Link href={`/disclosures/${current.id}`} className="underline">查看现行版本</Link> : null}
        </p>
      ) : null}
      <header className="mb-4 text-center">
        <h1 className="text-2xl font-semibold">{record.department.name}</h1>
        <p className="mt-1 text-lg">{d.year}年{KIND_LABELS[d.kind]}情况说明</p>
        <p className="mt-1 text-sm text-stone-600">
          {record.district.name} · 部门编码 {record.department.code} · 第 {d.revision} 版{published ? ` · ${published}` : ""} · 原文金额单位：{d.sourceUnit}
        </p>
        {revisions.some((r) => r.revision === d.revision - 1 && isPublicStatus(r.status)) ? (
          <p className="mt-1 text-sm print:hidden">
            <Link href={`/disclosures/${d.id}/changes`} className="text-brand-700 underline">与第 {d.revision - 1} 版相比的更改</Link>
          </p>
        ) : null}
        <p className="mt-2 text-sm print:hidden">
          金额显示单位：
          {(["万元", "元"] as const).map((u) =>
            u === unit ? (
              <strong key={u} className="mx-1 rounded bg-brand-700 px-2 py-0.5 text-white" aria-current="true">{u}</strong>
            ) : (
              <Link key={u} href={u === d.sourceUnit ? `/disclosures/${d.id}` : `/disclosures/${d.id}?unit=${encodeURIComponent(u)}`} className="mx-1 rounded border border-stone-400 px-2 py-0.5 underline">{u}</Link>
            ),
          )}
        </p>
      </header>
      <SummaryFigures doc={doc} unit={unit} />
      <Downloads disclosureId={d.id} source={doc.source} sourceUnit={d.sourceUnit} />
      <div className="lg:grid lg:grid-cols-[12rem_minmax(0,1fr)] lg:gap-6">
        <aside>
          <TableOfContents entries={contents} />
        </aside>
        <div className="min-w-0">
          {d.kind === "final" ? <ReadingGuide year={d.year} finalId={d.id} budgetId={budgetOfYear} departmentKey={departmentKey} /> : null}
          <ConsistencyReport findings={d.findings} page={{ unit, year: d.year, kind: d.kind }} />
          <FindingJump />
          <section id="charts" aria-labelledby="charts-heading" className="mb-6 scroll-mt-4 rounded border border-stone-200 bg-white p-4 print:hidden">
            <h2 id="charts-heading" className="mb-3 text-lg font-semibold">图表</h2>
            <BarChart title="一般公共预算财政拨款支出（按功能分类“类”）" items={charts.byClass} series={["支出"]} unit={unit} />
            <BarChart title="基本支出与项目支出" items={charts.basicProject} series={["基本支出", "项目支出"]} unit={unit} stacked />
            <BarChart title={charts.threePublicSeries.length === 1 ? "“三公”经费" : d.kind === "final" ? "“三公”经费预算数与决算数" : "“三公”经费与上年对比"} items={charts.threePublic} series={charts.threePublicSeries} unit={unit} />
          </section>
          <Narrative doc={doc} />
          {doc.contact ? <p className="my-4">{KIND_LABELS[d.kind]}公开联系人：{doc.contact.name}　联系方式：{doc.contact.phone}</p> : null}
          <h2 id="tables" className="mb-4 mt-8 scroll-mt-4 text-lg font-semibold">公开表格</h2>
          {doc.tables.map((t, i) =>
            t.kind === "other" ? (
              <PrintedTable key={`other-${i}`} id={`printed-table-${i}`} table={t} layout="document" />
            ) : (
              <AmountTable key={t.kind} table={t} unit={unit} year={doc.year} feedbackHref={feedbackHref(t.kind)} findings={d.findings} />
            ),
          )}
          <PerformanceTargets doc={doc} unit={unit} />
          <SelfEvaluations evaluations={doc.performance.selfEvaluations} unit={unit} />
          <RevisionHistory revisions={revisions} currentId={d.id} />
          <section aria-labelledby="years" className="mb-8 print:hidden">
            <h2 id="years" className="mb-2 scroll-mt-4 text-lg font-semibold">本部门历年公开</h2>
            {years.length > 1 ? (
              <YearTable years={years} kind={d.kind} currentId={d.id} />
            ) : (
              <p className="text-sm text-stone-700">本部门在本平台尚无其他年度的{KIND_LABELS[d.kind]}公开文件。</p>
            )}
            <p className="mt-1 text-sm text-stone-600">
              历年趋势图见<Link href={`/departments/${departmentKey}`} className="underline">部门页面</Link>。打印本页即得与公开文件版式一致的文本。
            </p>
          </section>
          <DisclosureFeedback disclosure={{ id: d.id, title: d.title, revision: d.revision }} doc={doc} />
        </div>
      </div>
    </article>
  );
}
