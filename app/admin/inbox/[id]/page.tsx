import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FeedbackActions } from "@/components/feedback/feedback-actions";
import { placeLabel } from "@/components/feedback/labels";
import { StatusBadge } from "@/components/feedback/status-badge";
import { formatTime } from "@/components/manage/format-time";
import { getDb } from "@/db/client";
import { findFeedbackForActor } from "@/db/queries/feedback-item";
import { AccessDenied, requirePageActor } from "@/lib/auth/guard";
import { isPublicStatus } from "@/lib/disclosure/public-access";
import { CATEGORY_LABELS } from "@/lib/feedback/labels";

export const metadata: Metadata = { title: "意见详情" };

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requirePageActor(`/admin/inbox/${id}`);
  try {
    return await findFeedbackForActor({ db: await getDb(), actor, id });
  } catch (e) {
    if (e instanceof AccessDenied) notFound();
    throw e;
  }
}

export default async function FeedbackPage({ params }: Props) {
  const item = await load((await params).id);
  const f = item.feedback;
  const place = placeLabel(f);
  const isPublic = item.disclosure && isPublicStatus(item.disclosure.status);
  return (
    <>
      <nav aria-label="位置" className="mb-4 text-sm text-stone-600">
        <Link href="/admin/inbox" className="underline">意见反馈</Link> › {f.trackingCode}
      </nav>
      <h1 className="mb-1 text-2xl font-semibold">公众留言 {f.trackingCode}</h1>
      <p className="mb-4 flex flex-wrap items-center gap-2">
        <StatusBadge status={f.status} />
        <span className="font-medium">{CATEGORY_LABELS[f.category]}</span>
        <span className="text-sm text-stone-600">{formatTime(f.createdAt)} 提交</span>
      </p>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <section aria-labelledby="question" className="rounded border border-stone-200 bg-white p-4">
            <h2 id="question" className="mb-2 text-lg font-semibold">留言</h2>
            <dl className="mb-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="text-stone-600">办理单位</dt>
              <dd>{item.department ? `${item.districtName ?? ""} ${item.department.name}（${item.department.districtCode}-${item.department.code}）` : "平台运维方（未指明部门）"}</dd>
              {item.disclosure ? (
                <>
                  <dt className="text-stone-600">针对文件</dt>
                  <dd>
                    {item.disclosure.title}（第 {item.disclosure.revision} 版）
                    {isPublic ? <Link href={`/disclosures/${item.disclosure.id}`} className="ml-2 text-brand-700 underline">公开页面</Link> : null}
                    <Link href={`/admin/disclosures/${item.disclosure.id}`} className="ml-2 text-brand-700 underline">管理页面</Link>
                  </dd>
                </>
              ) : null}
              {place ? (
                <>
                  <dt className="text-stone-600">表格与行</dt>
                  <dd>{place}</dd>
                </>
              ) : null}
              <dt className="text-stone-600">称呼</dt>
              <dd>{f.senderName ?? "未填写"}</dd>
              <dt className="text-stone-600">联系方式</dt>
              <dd className="break-all">{f.senderContact ?? "未填写"}</dd>
            </dl>
            <p className="whitespace-pre-wrap break-words" data-testid="feedback-message">{f.message}</p>
          </section>
          <section aria-labelledby="answer" className="rounded border border-stone-200 bg-white p-4">
            <h2 id="answer" className="mb-2 text-lg font-semibold">答复</h2>
            {f.answer !== null ? (
              <>
                <p className="mb-2 text-sm text-stone-600">
                  {item.answeredByName ?? ""} · {formatTime(f.answeredAt)} · {f.answerPublic ? "已在文件页面公开" : "仅留言人可见"}
                </p>
                <p className="whitespace-pre-wrap break-words" data-testid="feedback-answer">{f.answer}</p>
              </>
            ) : (
              <p className="text-stone-700">尚未答复。</p>
            )}
          </section>
        </div>
        <div>
          {item.canAnswer ? (
            <FeedbackActions id={f.id} status={f.status} answer={f.answer} answerPublic={f.answerPublic} aboutDisclosure={!!f.disclosureId} />
          ) : (
            <p className="rounded border border-stone-300 bg-white p-4 text-stone-700">您可以查看本留言；答复由该部门的预算公开联系人或平台管理员办理。</p>
          )}
        </div>
      </div>
    </>
  );
}
