import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import Decimal from "decimal.js";
import { getDb } from "@/db/client";
import { findDepartmentByKey } from "@/db/queries/departments";
import { listDepartmentYears } from "@/db/queries/public-disclosures";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { formatAmount } from "@/lib/money";

type Props = { params: Promise<{ key: string }> };

async function load(key: string) {
  const decoded = decodeURIComponent(key);
  return /^\d{6}-[0-9A-Za-z]{1,40}$/.test(decoded) ? findDepartmentByKey({ db: await getDb(), key: decoded }) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).key);
  return { title: found ? `${found.department.name}历年预算公开` : "未找到部门" };
}

const FIGURES = [
  ["totalExpenditure", "支出总额"],
  ["basicTotal", "基本支出"],
  ["projectTotal", "项目支出"],
  ["threePublicTotal", "“三公”经费"],
] as const;

/** Change against the year before, in 万元 and per cent; blank where either year has no figure. */
function change(current: string | null, prior: string | null | undefined) {
  if (current === null || prior === null || prior === undefined) return "";
  const diff = new Decimal(current).minus(prior);
  const pct = new Decimal(prior).isZero() ? "" : `（${diff.dividedBy(prior).times(100).toFixed(1)}%）`;
  return `${diff.isNegative() ? "" : "+"}${formatAmount(diff.toFixed(2), { unit: "万元" })}${pct}`;
}

export default async function DepartmentPage({ params }: Props) {
  const found = await load((await params).key);
  if (!found) notFound();
  const { department, districtName } = found;
  const years = (await listDepartmentYears({ db: await getDb(), departmentId: department.id })).filter((y) => y.kind === "budget");
  return (
    <>
      <nav aria-label="位置" className="mb-4 text-sm text-stone-600">
        <Link href="/" className="underline">首页</Link> › <Link href={`/districts/${department.districtCode}`} className="underline">{districtName}</Link> › {department.name}
      </nav>
      <h1 className="mb-1 text-2xl font-semibold">{department.name}</h1>
      <p className="mb-4 text-sm text-stone-600">
        部门编码 {department.districtCode}-{department.code}
        {department.contactName ? ` · 预算公开联系人：${department.contactName}${department.contactPhone ? `（${department.contactPhone}）` : ""}` : ""}
      </p>
      {years.length === 0 ? (
        <p>该部门尚无已公开的部门预算。</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="mb-1 text-left font-semibold">历年部门预算（单位：万元，括号内为比上年增减）</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="border border-stone-300 px-2 py-1 text-left">年度</th>
                {FIGURES.map(([, label]) => (
                  <th key={label} scope="col" className="border border-stone-300 px-2 py-1 text-right">{label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {years.map((y, i) => (
                <tr key={y.id}>
                  <th scope="row" className="border border-stone-300 px-2 py-1 text-left font-normal">
                    <Link href={`/disclosures/${y.id}`} className="text-brand-700 underline">{y.year} 年{KIND_LABELS[y.kind]}</Link>
                  </th>
                  {FIGURES.map(([key]) => (
                    <td key={key} className="border border-stone-300 px-2 py-1 text-right tabular-nums">
                      {formatAmount(y[key], { unit: "万元", blank: "—" })}
                      <span className="block text-xs text-stone-600">{change(y[key], years[i - 1]?.[key])}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
