import type { Metadata } from "next";
import { InboxList } from "@/components/feedback/inbox-list";
import { FilterError } from "@/components/manage/filter-error";
import { FilterLinks } from "@/components/manage/filter-links";
import { Pager } from "@/components/manage/pager";
import { inputClass, secondaryButton } from "@/components/manage/styles";
import { getDb } from "@/db/client";
import { listInbox } from "@/db/queries/feedback-inbox";
import { requirePageActor } from "@/lib/auth/guard";
import { FEEDBACK_STATUSES, STATUS_LABELS } from "@/lib/feedback/labels";
import { inboxQuerySchema } from "./inbox-query";
import { listHref } from "@/lib/http/list-href";

export const metadata: Metadata = { title: "意见反馈" };

const PAGE_SIZE = 30;
const KINDS = { "": "全部", feedback: "公众留言", review: "审核意见" } as const;
const SCOPE = {
  admin: "全部部门的公众留言（含未指明部门、由平台受理的留言）和审核意见。",
  reviewer: "您审核的区县各部门收到的公众留言和审核意见。审核人只能查看，答复由部门联系人办理。",
  editor: "您负责的部门收到的公众留言，以及审核人对本部门文件的审核意见。",
} as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InboxPage({ searchParams }: Props) {
  const actor = await requirePageActor("/admin/inbox");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = inboxQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : { page: 1 };
  const { total, items } = await listInbox({ db: await getDb(), actor, filter: { kind: query.kind, status: query.status }, page: query.page, pageSize: PAGE_SIZE });
  const href = (kind: string) => listHref("/admin/inbox", { kind, status: query.status });
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">意见反馈</h1>
      <p className="mb-4 max-w-3xl text-stone-700">{SCOPE[actor.role]}</p>
      {!parsed.success ? <FilterError issues={parsed.error.issues} fallback="已显示全部。" /> : null}
      <FilterLinks label="类型" links={Object.entries(KINDS).map(([k, label]) => ({ label, href: href(k), current: (query.kind ?? "") === k }))} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        {query.kind ? <input type="hidden" name="kind" value={query.kind} /> : null}
        <div>
          <label htmlFor="inbox-status" className="block text-sm font-medium">状态</label>
          <select id="inbox-status" name="status" defaultValue={query.status ?? ""} className={inputClass}>
            <option value="">全部状态</option>
            {FEEDBACK_STATUSES.map((s) => (
              <option key={s} value={s}>{STATUS_LABELS[s]}{s === "new" ? "（审核意见：待答复）" : ""}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={secondaryButton}>筛选</button>
        <a href={`/admin/inbox/export${query.status ? `?status=${query.status}` : ""}`} className="ml-auto text-sm text-brand-700 underline">导出公众留言（CSV）</a>
      </form>
      <p className="mb-3 text-sm text-stone-700" role="status">共 {total} 条</p>
      {items.length ? <InboxList items={items} /> : <p className="text-stone-700">没有符合条件的意见。</p>}
      <Pager href={(p) => listHref("/admin/inbox", { kind: query.kind, status: query.status, page: String(p) })} page={query.page} pageCount={Math.ceil(total / PAGE_SIZE)} />
    </>
  );
}
