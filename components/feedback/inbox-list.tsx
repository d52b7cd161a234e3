import Link from "next/link";
import { anchorLabel } from "@/components/review/anchor-label";
import { formatTime } from "@/components/manage/format-time";
import type { InboxItem } from "@/db/queries/feedback-inbox";
import { CATEGORY_LABELS } from "@/lib/feedback/labels";
import { placeLabel } from "./labels";
import { StatusBadge } from "./status-badge";

const EXCERPT = 140;
const excerpt = (s: string) => (Array.from(s).length > EXCERPT ? `${Array.from(s).slice(0, EXCERPT).join("")}…` : s);

/** The inbox's lines: public feedback and review comments (审核意见), each marked as what it is. */
export function InboxList({ items }: { items: InboxItem[] }) {
  return (
    <ol className="space-y-3" data-testid="inbox-list">
      {items.map((i) => {
        const href = i.kind === "feedback" ? `/admin/inbox/${i.id}` : `/admin/disclosures/${i.disclosureId}`;
        const place = i.kind === "feedback" ? placeLabel(i) : i.anchor && i.heading ? anchorLabel(i.anchor as Parameters<typeof anchorLabel>[0], i.heading) : null;
        return (
          <li key={`${i.kind}-${i.id}`} className={`rounded border bg-white p-3 ${i.kind === "review" ? "border-sky-300" : "border-stone-200"}`} data-testid="inbox-item">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              {i.kind === "review" ? (
                <span className="rounded bg-sky-800 px-2 py-0.5 text-xs font-medium text-white">审核意见</span>
              ) : (
                <span className="rounded bg-brand-700 px-2 py-0.5 text-xs font-medium text-white">公众留言</span>
              )}
              <StatusBadge status={i.status} label={i.kind === "review" ? (i.answered ? "已答复" : "待答复") : undefined} />
              {i.category ? <span className="font-medium">{CATEGORY_LABELS[i.category]}</span> : null}
              {i.answerPublic ? <span className="text-xs text-green-800">答复已公开</span> : null}
              <span className="text-stone-600">{formatTime(i.createdAt)}</span>
            </p>
            <p className="mt-1 text-sm text-stone-700">
              {i.departmentName ? `${i.districtName ?? ""} · ${i.departmentName}` : "平台（未指明部门）"}
              {i.disclosureTitle ? ` · ${i.disclosureTitle}` : ""}
              {place ? ` · ${place}` : ""}
              {i.author ? ` · ${i.kind === "review" ? "审核人" : "留言人"}：${i.author}` : ""}
            </p>
            <p className="mt-1 whitespace-pre-wrap break-words">{excerpt(i.body)}</p>
            <Link href={href} className="mt-1 inline-block text-sm text-brand-700 underline">
              {i.kind === "feedback" ? "查看与办理" : "在审核页面查看与答复"}
              <span className="sr-only">：{excerpt(i.body).slice(0, 30)}</span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
