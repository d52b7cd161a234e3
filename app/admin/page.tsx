import type { Metadata } from "next";
import Link from "next/link";
import { DisclosureTable } from "@/components/admin/disclosure-table";
import { LoginAttackAlert } from "@/components/admin/login-attack-alert";
import { NewDisclosureForm } from "@/components/admin/new-disclosure-form";
import { FilterError } from "@/components/manage/filter-error";
import { FilterLinks } from "@/components/manage/filter-links";
import { Pager } from "@/components/manage/pager";
import { inputClass, secondaryButton } from "@/components/manage/styles";
import { getDb } from "@/db/client";
import { listScopeDepartments, listScopeDisclosures } from "@/db/queries/admin-overview";
import { recentLoginAttacks } from "@/db/queries/login-attack-alerts";
import { requirePageActor } from "@/lib/auth/guard";
import { scopeListQuerySchema, TODO_STATUSES } from "@/lib/disclosure/scope-list-query";
import { type DisclosureStatus, STATUS_LABELS } from "@/lib/disclosure/status";
import { listHref } from "@/lib/http/list-href";

export const metadata: Metadata = { title: "工作台" };

const SCOPE_HEADINGS = { admin: "全部部门", reviewer: "您审核的区县的部门", editor: "您负责的部门" } as const;
const TODO_LABELS = { editor: "草稿与退回修改", reviewer: "待审核", admin: "待公开" } as const;
const DEPARTMENTS_SHOWN = 60;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminHomePage({ searchParams }: Props) {
  const actor = await requirePageActor("/admin");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = scopeListQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : scopeListQuerySchema.parse({});
  const db = await getDb();
  const [departments, list, attacks] = await Promise.all([
    listScopeDepartments({ db, actor }),
    listScopeDisclosures({ db, actor, query }),
    actor.role === "admin" ? recentLoginAttacks({ db }) : [],
  ]);
  const params = { status: query.status, year: query.year ? String(query.year) : undefined };
  const statusHref = (status?: string) => listHref("/admin", { ...params, status });
  const todoStatuses: readonly DisclosureStatus[] = TODO_STATUSES[actor.role];
  // a status that is all of what waits for the role is the 待处理 tab itself, not a second one
  const isTodo = (status: string | undefined) => status === "todo" || (todoStatuses.length === 1 && status === todoStatuses[0]);
  const chip = (status: string | undefined, label: string, n: number) => ({
    label: `${label}（${n}）`,
    href: statusHref(status),
    current: status === "todo" ? isTodo(query.status) : query.status === status,
  });
  const everything = Object.values(list.counts).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">工作台</h1>
      <LoginAttackAlert attacks={attacks} />
      {actor.role === "editor" && departments.items.length > 0 ? (
        <div className="mb-6">
          <NewDisclosureForm departments={departments.items.map((d) => ({ key: d.key, name: d.name }))} defaultYear={new Date().getFullYear() + 1} />
        </div>
      ) : null}
      <section aria-labelledby="disclosures" className="mb-8">
        <h2 id="disclosures" className="mb-2 text-lg font-semibold">
          公开文件{list.todo ? <span className="ml-2 text-base font-normal text-brand-700">待您处理 {list.todo} 份</span> : null}
        </h2>
        {!parsed.success ? <FilterError issues={parsed.error.issues} fallback="已显示全部。" /> : null}
        <FilterLinks
          label="按状态筛选"
          links={[
            chip(undefined, "全部", everything),
            chip("todo", TODO_LABELS[actor.role], list.todo),
            ...(Object.keys(STATUS_LABELS) as DisclosureStatus[]).filter((s) => list.counts[s] && !isTodo(s)).map((s) => chip(s, STATUS_LABELS[s], list.counts[s] ?? 0)),
          ]}
        />
        <form method="get" action="/admin" className="mb-3 flex flex-wrap items-end gap-2">
          {query.status ? <input type="hidden" name="status" value={query.status} /> : null}
          <div>
            <label htmlFor="filter-year" className="block text-sm font-medium">年度</label>
            <input id="filter-year" name="year" type="number" inputMode="numeric" min={2000} max={2100} defaultValue={query.year ?? ""} className={`${inputClass} w-32`} />
          </div>
          <button type="submit" className={secondaryButton}>筛选</button>
        </form>
        {list.items.length === 0 ? (
          <p className="text-stone-700">{list.total === 0 && everything === 0 ? "尚无文件。" : "没有符合条件的文件。"}</p>
        ) : (
          <>
            <p className="mb-1 text-sm text-stone-700">共 {list.total} 份{list.total > list.items.length ? `，第 ${(query.page - 1) * query.pageSize + 1}–${(query.page - 1) * query.pageSize + list.items.length} 份` : ""}</p>
            <DisclosureTable items={list.items} waiting={todoStatuses} />
            <Pager href={(p) => listHref("/admin", { ...params, page: String(p) })} page={query.page} pageCount={Math.ceil(list.total / query.pageSize)} />
          </>
        )}
      </section>
      <section aria-labelledby="scope">
        <h2 id="scope" className="mb-2 text-lg font-semibold">
          {SCOPE_HEADINGS[actor.role]}（{departments.total}）
        </h2>
        {departments.total === 0 ? (
          <p>您的账号尚未关联任何部门或区县，请联系平台管理员。</p>
        ) : (
          <>
            <ul data-testid="scope-departments" className="grid gap-1 sm:grid-cols-2">
              {departments.items.slice(0, DEPARTMENTS_SHOWN).map((d) => (
                <li key={d.id} className="rounded border border-stone-200 bg-white px-3 py-2">
                  <span className="font-medium">{d.name}</span>
                  <span className="ml-2 text-sm text-stone-600">{d.districtName} · {d.key}</span>
                </li>
              ))}
            </ul>
            {departments.total > DEPARTMENTS_SHOWN ? (
              <p className="mt-2 text-sm text-stone-700">
                显示前 {DEPARTMENTS_SHOWN} 个。
                {actor.role === "admin" ? <Link href="/admin/departments" className="text-brand-700 underline">在部门管理中检索全部部门</Link> : "可按年度和状态筛选上面的文件。"}
              </p>
            ) : null}
          </>
        )}
      </section>
    </>
  );
}
