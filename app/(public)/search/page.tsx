import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listPublishedDisclosures } from "@/db/queries/public-disclosures";
import { disclosureListQuerySchema, KIND_LABELS } from "@/lib/disclosure/list-query";

export const metadata: Metadata = { title: "公开文件" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = disclosureListQuerySchema.safeParse(raw);
  if (!parsed.success) {
    return (
      <div role="alert" className="rounded border border-red-300 bg-red-50 p-4">
        检索条件有误：{parsed.error.issues.map((i) => `${i.path.join(".")}：${i.message}`).join("；")}
      </div>
    );
  }
  const query = parsed.data;
  const result = await listPublishedDisclosures({ db: await getDb(), query });
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">公开文件</h1>
      <p className="mb-4 text-sm text-stone-600">
        在部门名称、标题、说明正文、表格科目和项目中检索，一两个字亦可；按区县、年度、类型筛选的分面与排序尚在建设中。
      </p>
      <p className="mb-3" aria-live="polite">
        {query.q ? <>“{query.q}”：</> : null}共 {result.total} 份已公开文件
      </p>
      {result.items.length === 0 ? (
        <p className="text-stone-700">没有符合条件的已公开文件。</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {result.items.map((d) => (
            <li key={d.id} className="px-4 py-3">
              <Link href={d.url} className="font-medium text-brand-700 underline">
                {d.title}
              </Link>
              <p className="text-sm text-stone-600">
                {d.district} · {d.department.name} · {d.year} 年{KIND_LABELS[d.kind]}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
