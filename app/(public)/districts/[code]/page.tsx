import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { findDistrict, listDistrictDepartments } from "@/db/queries/districts";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const district = await findDistrict({ db: await getDb(), code: (await params).code });
  return { title: district ? `${district.name}部门预算公开` : "未找到区县" };
}

export default async function DistrictPage({ params }: Props) {
  const { code } = await params;
  const db = await getDb();
  const district = /^\d{6}$/.test(code) ? await findDistrict({ db, code }) : undefined;
  if (!district) notFound();
  const departments = await listDistrictDepartments({ db, districtCode: district.code });
  return (
    <>
      <nav aria-label="位置" className="mb-4 text-sm text-stone-600">
        <Link href="/" className="underline">首页</Link> › {district.name}
      </nav>
      <h1 className="mb-4 text-2xl font-semibold">{district.name}部门预算公开</h1>
      {departments.length === 0 ? (
        <p className="text-stone-700">{district.name}尚无部门在本平台公开预算。</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">{district.name}各部门</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="border border-stone-200 px-3 py-2">部门编码</th>
                <th scope="col" className="border border-stone-200 px-3 py-2">部门名称</th>
                <th scope="col" className="border border-stone-200 px-3 py-2">预算公开联系人</th>
                <th scope="col" className="border border-stone-200 px-3 py-2 text-right">已公开</th>
              </tr>
            </thead>
            <tbody>
              {departments.map((d) => (
                <tr key={d.id}>
                  <td className="border border-stone-200 px-3 py-2 tabular-nums">{d.code}</td>
                  <td className="border border-stone-200 px-3 py-2">
                    <Link href={`/departments/${district.code}-${encodeURIComponent(d.code)}`} className="text-brand-700 underline">
                      {d.name}
                    </Link>
                  </td>
                  <td className="border border-stone-200 px-3 py-2">
                    {d.contactName ?? "—"}
                    {d.contactPhone ? `（${d.contactPhone}）` : ""}
                  </td>
                  <td className="border border-stone-200 px-3 py-2 text-right tabular-nums">{d.published} 份</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
