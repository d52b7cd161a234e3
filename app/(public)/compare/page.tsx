import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { readDisclosureDocument } from "@/db/queries/disclosure-read";
import { compareDisclosures } from "@/lib/disclosure/compare";
import { columnLabel, TABLE_LABELS } from "@/lib/disclosure/labels";
import { loadPublicDisclosure } from "@/lib/disclosure/public-access";
import { HttpProblem } from "@/lib/http/problem";
import { formatAmount } from "@/lib/money";

export const metadata: Metadata = { title: "对比公开文件" };

type Props = { searchParams: Promise<{ ids?: string | string[] }> };

export default async function ComparePage({ searchParams }: Props) {
  const raw = (await searchParams).ids;
  const ids = [...new Set((Array.isArray(raw) ? raw : (raw ?? "").split(",")).map((s) => s.trim()).filter(Boolean))];
  if (ids.length < 2 || ids.length > 4) {
    return (
      <>
        <h1 className="mb-2 text-2xl font-semibold">对比公开文件</h1>
        <p role="status">请选择 2 至 4 份已公开文件进行对比：在<Link href="/search" className="underline">检索结果</Link>中勾选后点击“对比所选”。</p>
      </>
    );
  }
  const db = await getDb();
  const loaded = await Promise.all(
    ids.map(async (id) => {
      try {
        const record = await loadPublicDisclosure({ db, id });
        return { record, doc: await readDisclosureDocument({ db, record }) };
      } catch (e) {
        if (e instanceof HttpProblem) return null;
        throw e;
      }
    }),
  );
  const found = loaded.filter((l) => l !== null);
  if (found.length < 2) return <p role="alert">所选文件中少于两份已公开，无法对比。</p>;
  const tables = compareDisclosures(found.map((f) => f.doc));
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">对比公开文件</h1>
      <p className="mb-4 text-sm text-stone-600">金额单位：万元。底色标出各文件之间不同的数字；空白表示该文件没有此行或此格为空。</p>
      {tables.map((t) => (
        <section key={t.kind} aria-labelledby={`cmp-${t.kind}`} className="mb-8">
          <h2 id={`cmp-${t.kind}`} className="mb-1 font-semibold">
            {TABLE_LABELS[t.kind]}（{columnLabel(t.column)}）
          </h2>
          <div className="relative overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm">
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="border border-stone-300 px-2 py-1 text-left">科目</th>
                  {found.map((f) => (
                    <th key={f.record.disclosure.id} scope="col" className="min-w-[8em] border border-stone-300 px-2 py-1 text-right">
                      <Link href={`/disclosures/${f.record.disclosure.id}`} className="underline">{f.record.department.name} {f.record.disclosure.year}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {t.rows.map((r) => (
                  <tr key={r.key} className={r.differs ? "bg-amber-50" : undefined}>
                    <th scope="row" className="border border-stone-300 px-2 py-1 text-left font-normal">
                      {r.code ? <span className="mr-1 tabular-nums text-stone-600">{r.code}</span> : null}
                      {r.name}
                      {r.differs ? <span className="sr-only">（有差异）</span> : null}
                    </th>
                    {r.values.map((v, i) => (
                      <td key={i} className="whitespace-nowrap border border-stone-300 px-2 py-1 text-right tabular-nums">{formatAmount(v, { unit: "万元" })}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
