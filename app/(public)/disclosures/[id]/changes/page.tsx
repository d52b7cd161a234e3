import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { RevisionChanges } from "@/components/review/revision-changes";
import { getDb } from "@/db/client";
import { readDisclosureDocument } from "@/db/queries/disclosure-read";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { loadPublicDisclosure } from "@/lib/disclosure/public-access";
import { compareWithPreviousRevision } from "@/lib/disclosure/revision-comparison";
import { HttpProblem } from "@/lib/http/problem";

type Props = { params: Promise<{ id: string }> };

// not among the cached pages (lib/cache/tags.ts): rendered for each request
export const dynamic = "force-dynamic";

/** A published or superseded revision beside the public revision it corrects; anything else is not found. */
const load = cache(async (id: string) => {
  const db = await getDb();
  const record = await loadPublicDisclosure({ db, id }).catch((e: unknown) => {
    if (e instanceof HttpProblem && (e.status === 404 || e.status === 410)) notFound();
    throw e;
  });
  const doc = await readDisclosureDocument({ db, record });
  const comparison = await compareWithPreviousRevision({ db, record, doc, publicOnly: true });
  if (!comparison) notFound();
  return { record, doc, comparison };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, comparison } = await load((await params).id);
  return { title: `${record.disclosure.title}：与第 ${comparison.previous} 版相比的更改` };
}

export default async function RevisionChangesPage({ params }: Props) {
  const { record, doc, comparison } = await load((await params).id);
  const { disclosure: d, department, district } = record;
  return (
    <article className="space-y-4">
      <nav aria-label="位置" className="text-sm text-stone-600">
        <Link href="/" className="underline">首页</Link> › <Link href={`/districts/${district.code}`} className="underline">{district.name}</Link> › <Link href={`/departments/${department.districtCode}-${department.code}`} className="underline">{department.name}</Link> › <Link href={`/disclosures/${d.id}`} className="underline">第 {d.revision} 版</Link>
      </nav>
      <h1 className="text-2xl font-semibold">
        {department.name} {d.year} 年{KIND_LABELS[d.kind]}：第 {d.revision} 版与第 {comparison.previous} 版相比的更改
      </h1>
      <p className="text-sm text-stone-700">金额单位：{doc.sourceUnit}。删去的句子以删除线标出，新增的句子以下划线标出。</p>
      <RevisionChanges comparison={comparison} unit={doc.sourceUnit} />
      <p>
        <Link href={`/disclosures/${d.id}`} className="text-brand-700 underline">返回第 {d.revision} 版全文</Link>
      </p>
    </article>
  );
}
