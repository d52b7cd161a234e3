import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { formatDay, placeLabel } from "@/components/feedback/labels";
import { StatusBadge } from "@/components/feedback/status-badge";
import { formatTime } from "@/components/manage/format-time";
import { getDb } from "@/db/client";
import { findFeedbackByCode } from "@/db/queries/feedback-public";
import { isPublicStatus } from "@/lib/disclosure/public-access";
import { CATEGORY_LABELS, STATUS_LABELS } from "@/lib/feedback/labels";
import { progressSteps } from "@/lib/feedback/status";
import { normalizeTrackingCode } from "@/lib/feedback/tracking-code";

export const metadata: Metadata = { title: "留言办理进度", robots: { index: false } };

type Props = { params: Promise<{ code: string }> };

// a sender's tracking page shows the latest status: rendered for each request
export const dynamic = "force-dynamic";

export default async function FeedbackTrackingPage({ params }: Props) {
  const given = decodeURIComponent((await params).code);
  const code = normalizeTrackingCode(given);
  if (!code) notFound();
  if (code !== given) redirect(`/feedback/${code}`);
  const item = await findFeedbackByCode({ db: await getDb(), code });
  if (!item) notFound();
  const times = { new: item.createdAt, acknowledged: item.acknowledgedAt, answered: item.answeredAt, closed: item.closedAt };
  const place = placeLabel(item);
  const disclosurePublic = item.disclosure?.id && isPublicStatus(item.disclosure.status);
  return (
    <>
      <nav aria-label="位置" className="mb-4 text-sm text-stone-600">
        <Link href="/" className="underline">首页</Link> › <Link href="/contact" className="underline">联系与反馈</Link> › 办理进度
      </nav>
      <h1 className="mb-1 text-2xl font-semibold">留言办理进度</h1>
      <p className="mb-4">
        查询码 <span className="font-mono">{item.trackingCode}</span> · 当前状态 <StatusBadge status={item.status} />
      </p>

      <ol aria-label="办理步骤" className="mb-6 grid gap-2 sm:grid-cols-4">
        {progressSteps(item.status).map((s) => (
          <li key={s.status} className={`rounded border px-3 py-2 ${s.done ? "border-green-500 bg-green-50" : "border-stone-300 bg-white text-stone-600"}`}>
            <span className="font-medium">{STATUS_LABELS[s.status]}</span>
            <span className="sr-only">{s.done ? "（已完成）" : "（未到）"}</span>
            <span className="block text-xs">{s.done && times[s.status] ? formatTime(times[s.status]) : s.done ? "" : "—"}</span>
          </li>
        ))}
      </ol>

      <section aria-labelledby="question" className="mb-6 rounded border border-stone-200 bg-white p-4">
        <h2 id="question" className="mb-2 text-lg font-semibold">您的留言</h2>
        <dl className="mb-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-stone-600">类别</dt>
          <dd>{CATEGORY_LABELS[item.category]}</dd>
          <dt className="text-stone-600">提交时间</dt>
          <dd>{formatTime(item.createdAt)}</dd>
          <dt className="text-stone-600">办理单位</dt>
          <dd>{item.departmentName ? `${item.districtName ?? ""} ${item.departmentName}` : "平台运维方"}</dd>
          {item.disclosure?.id ? (
            <>
              <dt className="text-stone-600">针对文件</dt>
              <dd>
                {disclosurePublic ? <Link href={`/disclosures/${item.disclosure.id}`} className="text-brand-700 underline">{item.disclosure.title}</Link> : item.disclosure.title}
                {place ? ` · ${place}` : ""}
              </dd>
            </>
          ) : null}
        </dl>
        <p className="whitespace-pre-wrap break-words" data-testid="feedback-message">{item.message}</p>
      </section>

      <section aria-labelledby="answer" className="mb-6 rounded border border-stone-200 bg-white p-4">
        <h2 id="answer" className="mb-2 text-lg font-semibold">部门答复</h2>
        {item.answer ? (
          <>
            <p className="mb-2 text-sm text-stone-600">
              {formatDay(item.answeredAt)} 答复{item.answerPublic ? " · 已在文件页面公开" : ""}
            </p>
            <p className="whitespace-pre-wrap break-words" data-testid="feedback-answer">{item.answer}</p>
          </>
        ) : (
          <p className="text-stone-700">尚未答复。部门答复后会显示在这里。</p>
        )}
      </section>
      <p className="text-sm text-stone-600">请妥善保管查询码：持有查询码的人都能看到本页内容（不含您的称呼和联系方式）。</p>
    </>
  );
}
