import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { TrackingLookup } from "@/components/feedback/tracking-lookup";
import { STATUS_LABELS } from "@/lib/feedback/labels";
import { normalizeTrackingCode } from "@/lib/feedback/tracking-code";

export const metadata: Metadata = { title: "留言办理进度", robots: { index: false } };
// rendered for each request: it reads the query (the cached pages are listed in lib/cache/tags.ts)
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ code?: string | string[] }> };

export default async function FeedbackLookupPage({ searchParams }: Props) {
  const raw = (await searchParams).code;
  const given = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const code = given ? normalizeTrackingCode(given) : null;
  if (code) redirect(`/feedback/${code}`);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">留言办理进度</h1>
      <p className="mb-4 max-w-3xl text-stone-700">输入提交留言时得到的查询码，查看办理进度和部门的答复。</p>
      <div className="mb-8 max-w-xl rounded border border-stone-200 bg-white p-4">
        <TrackingLookup code={given} error={given ? "查询码格式不对：应为 FK 加 12 位字母数字，如 FK-7QH3-MXC9-2RWD。" : undefined} />
      </div>
      <h2 className="mb-2 text-lg font-semibold">办理流程</h2>
      <ol className="mb-6 list-decimal space-y-1 pl-6">
        <li>{STATUS_LABELS.new}：留言已提交，转给相关部门（未指明部门的由平台运维方）。</li>
        <li>{STATUS_LABELS.acknowledged}：部门已收到并开始核实。</li>
        <li>{STATUS_LABELS.answered}：部门已答复；答复可能连同留言公开在文件页面（不显示称呼和联系方式）。</li>
        <li>{STATUS_LABELS.closed}：办理完毕。</li>
      </ol>
      <p>
        <Link href="/contact" className="text-brand-700 underline">返回联系与反馈</Link>
      </p>
    </>
  );
}
