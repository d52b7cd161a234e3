import type { Metadata } from "next";
import Link from "next/link";
import { ComparePicker } from "@/components/compare/compare-picker";
import { BudgetFinalTableView } from "@/components/compare/budget-final-table";
import { ComparedTableView } from "@/components/compare/compared-table";
import { compareBudgetWithFinal, isBudgetFinalPair } from "@/lib/disclosure/budget-final";
import { compareDisclosures, documentLabels } from "@/lib/disclosure/compare";
import { disclosureListQuerySchema } from "@/lib/disclosure/list-query";
import type { SourceUnit } from "@/lib/disclosure/schema";
import { choiceLabel, compareData, compareHref, MAX_LOOKED_UP } from "./compare-data";

export const metadata: Metadata = { title: "对比公开文件" };
// rendered for each request: it reads the query (the cached pages are listed in lib/cache/tags.ts)
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ComparePage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = params.ids;
  const ids = [...new Set((Array.isArray(raw) ? raw : [raw ?? ""]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))];
  const unit: SourceUnit = first(params.unit) === "元" ? "元" : "万元";
  const parsed = disclosureListQuerySchema.safeParse({ q: first(params.q), district: first(params.district), year: first(params.year), pageSize: "20" });
  const query = parsed.success ? parsed.data : disclosureListQuerySchema.parse({ pageSize: "20" });
  // 查找 pressed: the picker is what the user is working in, so it opens below a comparison
  const finding = first(params.find) !== undefined;

  const { chosen, found, districts, years, shortcuts, docs } = await compareData({ ids: ids.slice(0, MAX_LOOKED_UP), query, unit });
  const missing = Math.min(ids.length, MAX_LOOKED_UP) - chosen.length;
  const comparing = chosen.length >= 2 && chosen.length <= 4;

  const picker = (
    <ComparePicker
      chosen={chosen.map((c) => ({ id: c.id, label: choiceLabel(c) }))}
      found={found}
      districts={districts}
      years={years}
      filters={{ district: query.district, year: query.year, q: query.q }}
      unit={unit === "元" ? unit : undefined}
      shortcuts={shortcuts}
    />
  );
  const notices = (
    <>
      {!parsed.success ? <p role="alert" className="mb-3 text-red-800">查找条件有误：{parsed.error.issues.map((i) => i.message).join("；")}</p> : null}
      {missing > 0 ? <p role="status" className="mb-3 text-stone-700">有 {missing} 份所选文件未公开或已撤回，未列入对比。</p> : null}
      {chosen.length > 4 ? <p role="status" className="mb-3 text-stone-700">至多对比 4 份文件，请取消勾选多余的文件。</p> : null}
    </>
  );

  if (!comparing) {
    return (
      <>
        <h1 className="mb-2 text-2xl font-semibold">对比公开文件</h1>
        <p className="mb-4 text-stone-700">{chosen.length === 1 ? "已选一份文件，请再选一至三份与之对比。" : "选择两至四份已公开的部门预算或决算，逐表逐行对比其数字。"}</p>
        {notices}
        {picker}
      </>
    );
  }

  const chosenIds = chosen.map((c) => c.id);
  const budgetFinal = isBudgetFinalPair(chosen);
  const tables = budgetFinal ? [] : compareDisclosures(docs);
  const budgetFinalTables = budgetFinal ? compareBudgetWithFinal(docs.find((d) => d.kind === "budget")!, docs.find((d) => d.kind === "final")!) : [];
  const labels = documentLabels(chosen);
  const severalYears = new Set(docs.map((d) => d.year)).size > 1;
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">对比公开文件</h1>
      {notices}
      <ol className="mb-3 list-decimal space-y-1 pl-6">
        {chosen.map((c, i) => (
          <li key={c.id}>
            <Link href={`/disclosures/${c.id}`} className="text-brand-700 underline">{choiceLabel(c)}</Link>
            {labels[i] !== c.departmentName ? <span className="text-stone-600">（表中记作“{labels[i]}”）</span> : null}
          </li>
        ))}
      </ol>
      <p className="mb-2 text-sm">
        金额显示单位：
        {(["万元", "元"] as const).map((u) =>
          u === unit ? (
            <strong key={u} className="mx-1 rounded bg-brand-700 px-2 py-0.5 text-white" aria-current="true">{u}</strong>
          ) : (
            <Link key={u} href={compareHref({ ids: chosenIds, unit: u })} className="mx-1 rounded border border-stone-400 px-2 py-0.5 underline">{u}</Link>
          ),
        )}
      </p>
      {budgetFinal ? (
        <div className="mb-4 space-y-1 text-sm text-stone-700" data-testid="compare-note">
          <p>金额单位：{unit}。同一部门同一年度的部门预算与部门决算：逐表列出预算数、决算数、增减（决算数 − 预算数）和执行率（决算数 ÷ 预算数）。</p>
          <p>“—”表示无法计算（有一方为空白，或预算数为 0）。底色标出决算数与预算数不同的行。收支总表和收入表的栏目与预算不同，未列入对照。</p>
        </div>
      ) : (
      <div className="mb-4 space-y-1 text-sm text-stone-700" data-testid="compare-note">
        <p>金额单位：{unit}。</p>
        <p>
          {chosen.length === 2 ? `“增减”为“${labels[1]}”比“${labels[0]}”的变化` : `“增减”为各文件比第一份“${labels[0]}”的变化`}
          ，先列金额，再列百分比（保留两位小数）；“—”表示无法计算（有一方为空白，或第一份为 0）。
        </p>
        <p>空白表示该文件没有此行或此格为空；各文件均为空白的栏目从略。底色标出各文件之间不同的数字。</p>
        {severalYears ? <p>各文件年度不同：表头和“三公”经费表中的“本年”“上年”指各文件自身的年度。</p> : null}
      </div>
      )}
      {budgetFinalTables.map((t) => (
        <BudgetFinalTableView key={t.kind} table={t} unit={unit} />
      ))}
      {tables.map((t) => (
        <ComparedTableView key={t.kind} table={t} docs={docs} labels={labels} unit={unit} />
      ))}
      <details open={finding} className="mt-8 rounded border border-stone-200 bg-white p-3">
        <summary className="cursor-pointer font-medium text-brand-700">更改对比的文件</summary>
        <div className="mt-3">{picker}</div>
      </details>
    </>
  );
}
