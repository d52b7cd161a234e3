import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import Decimal from "decimal.js";
import { getDb } from "@/db/client";
import { findDistrict, listDistrictDepartments } from "@/db/queries/districts";
import { formatAmount } from "@/lib/money";
import { pageTags } from "@/lib/cache/tags";
import { tagPage } from "@/lib/cache/page-tags";
import { NothingPublished } from "./nothing-published";

/**
 * A district's page, rendered once per order and served from the cache until its district's tag
 * is expired. `?sort=expenditure` and `?sort=threePublic` are rewritten to
 * `/districts/CODE/expenditure` and `…/threePublic` (next.config.ts): no page reads the query.
 */
export async function districtMetadata(code: string): Promise<Metadata> {
  const district = /^\d{6}$/.test(code) ? await findDistrict({ db: await getDb(), code }) : undefined;
  return { title: district ? `${district.name}部门预算公开` : "未找到区县" };
}

export const SORTS = { code: "部门编码", expenditure: "支出总额", threePublic: "“三公”经费" } as const;
export type Sort = keyof typeof SORTS;
const departmentHref = (district: string, code: string) => `/departments/${district}-${encodeURIComponent(code)}`;
const contact = (d: { contactName: string | null; contactPhone: string | null }) => `${d.contactName ?? "—"}${d.contactPhone ? `（${d.contactPhone}）` : ""}`;
const desc = (a: string | null, b: string | null) => (b === null ? -1 : a === null ? 1 : new Decimal(b).comparedTo(a));

export async function DistrictView({ code, sort }: { code: string; sort: Sort }) {
  if (!/^\d{6}$/.test(code)) notFound();
  await tagPage(pageTags.district({ code }));
  const db = await getDb();
  const district = await findDistrict({ db, code });
  if (!district) notFound();
  const departments = await listDistrictDepartments({ db, districtCode: district.code });
  const sorted =
    sort === "expenditure"
      ? [...departments].sort((a, b) => desc(a.totalExpenditure, b.totalExpenditure))
      : sort === "threePublic"
        ? [...departments].sort((a, b) => desc(a.threePublicTotal, b.threePublicTotal))
        : departments;
  const ranking = departments.filter((d) => d.threePublicTotal !== null).sort((a, b) => desc(a.threePublicTotal, b.threePublicTotal));
  const wan = (v: string | null) => formatAmount(v, { unit: "万元", blank: "—" });
  return (
    <>
      <nav aria-label="位置" className="mb-4 text-sm text-stone-600">
        <Link href="/" className="underline">首页</Link> › {district.name}
      </nav>
      <h1 className="mb-4 text-2xl font-semibold">{district.name}部门预算公开</h1>
      {departments.every((d) => d.published === 0) ? (
        <NothingPublished district={district} departments={departments} />
      ) : (
        <>
          <p className="mb-2 text-sm">
            排序：
            {Object.entries(SORTS).map(([k, label]) =>
              k === sort ? (
                <strong key={k} className="mx-1" aria-current="true">{label}</strong>
              ) : (
                <Link key={k} href={k === "code" ? `/districts/${district.code}` : `/districts/${district.code}?sort=${k}`} className="mx-1 underline">{label}</Link>
              ),
            )}
          </p>
          <p className="mb-2 text-sm text-stone-700">金额为各部门最近一年部门预算，单位：万元。</p>
          <ul className="mb-8 space-y-2 sm:hidden" aria-label={`${district.name}各部门`}>
            {sorted.map((d) => (
              <li key={d.id} className="rounded border border-stone-200 bg-white px-3 py-2">
                <Link href={departmentHref(district.code, d.code)} className="block font-medium text-brand-700 underline" data-testid="department-name">{d.name}</Link>
                <p className="text-sm text-stone-700">部门编码 {d.code}</p>
                <p className="text-sm">预算公开联系人：{contact(d)}</p>
                <dl className="mt-1 grid grid-cols-3 gap-2 text-sm">
                  <div>
                    <dt className="text-stone-700">最近年度</dt>
                    <dd className="tabular-nums">{d.latestId ? <Link href={`/disclosures/${d.latestId}`} className="underline">{d.latestYear}</Link> : "—"}</dd>
                  </div>
                  <div>
                    <dt className="text-stone-700">支出总额</dt>
                    <dd className="tabular-nums">{wan(d.totalExpenditure)}</dd>
                  </div>
                  <div>
                    <dt className="text-stone-700">“三公”经费</dt>
                    <dd className="tabular-nums">{wan(d.threePublicTotal)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
          <div className="relative mb-8 hidden overflow-x-auto sm:block">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">{district.name}各部门（金额为最近一年部门预算，单位：万元）</caption>
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="border border-stone-200 px-3 py-2 whitespace-nowrap">部门编码</th>
                  <th scope="col" className="min-w-48 border border-stone-200 px-3 py-2">部门名称</th>
                  <th scope="col" className="min-w-32 border border-stone-200 px-3 py-2">预算公开联系人</th>
                  <th scope="col" className="border border-stone-200 px-3 py-2 text-right whitespace-nowrap">最近年度</th>
                  <th scope="col" className="border border-stone-200 px-3 py-2 text-right whitespace-nowrap">支出总额（万元）</th>
                  <th scope="col" className="border border-stone-200 px-3 py-2 text-right whitespace-nowrap">“三公”经费（万元）</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((d) => (
                  <tr key={d.id}>
                    <td className="border border-stone-200 px-3 py-2 tabular-nums">{d.code}</td>
                    <td className="border border-stone-200 px-3 py-2">
                      <Link href={departmentHref(district.code, d.code)} className="text-brand-700 underline">{d.name}</Link>
                    </td>
                    <td className="border border-stone-200 px-3 py-2">{contact(d)}</td>
                    <td className="border border-stone-200 px-3 py-2 text-right tabular-nums">
                      {d.latestId ? <Link href={`/disclosures/${d.latestId}`} className="underline">{d.latestYear}</Link> : "—"}
                    </td>
                    <td className="border border-stone-200 px-3 py-2 text-right tabular-nums whitespace-nowrap">{wan(d.totalExpenditure)}</td>
                    <td className="border border-stone-200 px-3 py-2 text-right tabular-nums whitespace-nowrap">{wan(d.threePublicTotal)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {ranking.length > 0 ? (
            <section aria-labelledby="ranking">
              <h2 id="ranking" className="mb-2 text-lg font-semibold">“三公”经费排名（最近一年部门预算）</h2>
              <ol className="list-inside list-decimal space-y-1 text-sm">
                {ranking.map((d) => (
                  <li key={d.id}>
                    {d.name}：{wan(d.threePublicTotal)} 万元（{d.latestYear} 年）
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
