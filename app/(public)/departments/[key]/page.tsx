import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { findDepartmentByKey } from "@/db/queries/departments";
import { listDepartmentExecution } from "@/db/queries/department-execution";
import { listDepartmentYears } from "@/db/queries/public-disclosures";
import { BarChart } from "@/components/charts/bar-chart";
import { BudgetFinalYears } from "@/components/disclosure/budget-final-years";
import { YearTable } from "@/components/disclosure/year-table";
import { yearTrend } from "@/lib/disclosure/year-trend";
import { DEPARTMENT_KEY } from "@/lib/validation";
import { pageTags } from "@/lib/cache/tags";
import { tagPage } from "@/lib/cache/page-tags";

type Props = { params: Promise<{ key: string }> };

// rendered at the first request, not at build, then served from the cache until a change tags it
export const generateStaticParams = () => [];

const load = cache(async (key: string) => {
  const decoded = decodeURIComponent(key);
  if (!DEPARTMENT_KEY.test(decoded)) return undefined;
  const found = await findDepartmentByKey({ db: await getDb(), key: decoded });
  await tagPage(pageTags.department({ departmentId: found?.department.id, districtCode: decoded.slice(0, decoded.indexOf("-")) }));
  return found;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).key);
  return { title: found ? `${found.department.name}历年预算决算公开` : "未找到部门" };
}

export default async function DepartmentPage({ params }: Props) {
  const found = await load((await params).key);
  if (!found) notFound();
  const { department, districtName } = found;
  const db = await getDb();
  const published = await listDepartmentYears({ db, departmentId: department.id });
  const execution = await listDepartmentExecution({ db, years: published });
  const years = published.filter((y) => y.kind === "budget");
  const finals = published.filter((y) => y.kind === "final");
  const trend = yearTrend(years);
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
      ) : null}
      {years.length === 0 ? null : (
        <>
          <YearTable years={years} kind="budget" />
          {years.length > 1 ? (
            <section aria-labelledby="trend" className="mt-6 rounded border border-stone-200 bg-white p-4">
              <h2 id="trend" className="mb-3 text-lg font-semibold">历年趋势</h2>
              <BarChart title="基本支出与项目支出" items={trend.basicProject} series={["基本支出", "项目支出"]} unit="万元" stacked />
              <BarChart title="“三公”经费" items={trend.threePublic} series={["“三公”经费"]} unit="万元" />
            </section>
          ) : null}
        </>
      )}
      {finals.length > 0 ? (
        <>
          <div className="mt-6">
            <YearTable years={finals} kind="final" />
          </div>
          <BudgetFinalYears years={execution.filter((y) => y.finalId !== null)} />
        </>
      ) : null}
    </>
  );
}
