import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { type AuditFilter, listAuditEntries } from "@/db/queries/audit-log";
import { findDepartmentByKey } from "@/db/queries/departments";
import { findUserByEmail } from "@/db/queries/users";
import { AuditEntry } from "@/components/manage/audit-entry";
import { AuditFilterForm } from "@/components/manage/audit-filter-form";
import { FilterError } from "@/components/manage/filter-error";
import { requireAdminPage } from "@/components/manage/require-admin-page";
import { secondaryButton } from "@/components/manage/styles";
import { type AuditQuery, auditQuerySchema, cursorParam, startOfDay, startOfNextDay } from "./audit-query";
import { resolveAuditNames } from "./audit-targets";
import { listHref } from "@/lib/http/list-href";

export const metadata: Metadata = { title: "审计日志" };

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requireAdminPage("/admin/audit");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = auditQuerySchema.safeParse(raw);
  const formValues = Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string"));
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">审计日志</h1>
      <p className="mb-4 max-w-3xl text-stone-700">
        每一次写入和每一次登录尝试都记录在此，只能追加，不能修改或删除。最新的记录在前，时间为北京时间。
      </p>
      <AuditFilterForm values={formValues} />
      {parsed.success ? (
        <AuditResults query={parsed.data} />
      ) : (
        <FilterError issues={parsed.error.issues} />
      )}
    </>
  );
}

async function AuditResults({ query }: { query: AuditQuery }) {
  const db = await getDb();
  const [user, department] = await Promise.all([
    query.email ? findUserByEmail({ db, email: query.email }) : undefined,
    query.department ? findDepartmentByKey({ db, key: query.department }) : undefined,
  ]);
  if (query.department && !department) {
    return <p role="alert">没有编号为 {query.department} 的部门。</p>;
  }
  const filter: AuditFilter = {
    actor: query.email ? (user ? { id: user.id } : { email: query.email }) : undefined,
    departmentId: department?.department.id,
    action: query.action,
    from: query.from ? startOfDay(query.from) : undefined,
    until: query.to ? startOfNextDay(query.to) : undefined,
    success: query.success === undefined ? undefined : query.success === "true",
  };
  const cursor = query.after ? { direction: "after" as const, ...query.after } : query.before ? { direction: "before" as const, ...query.before } : undefined;
  const { entries, hasMore } = await listAuditEntries({ db, filter, cursor, limit: PAGE_SIZE });
  const names = await resolveAuditNames({ db, entries });

  const filterParams = { email: query.email, department: query.department, action: query.action, from: query.from, to: query.to, success: query.success };
  const href = (position?: Record<string, string>) => listHref("/admin/audit", { ...filterParams, ...position });
  const first = entries[0];
  const last = entries.at(-1);
  const newer = cursor && first && (cursor.direction === "before" || hasMore) ? href({ after: cursorParam(first) }) : undefined;
  const older = last && (cursor?.direction === "after" || hasMore) ? href({ before: cursorParam(last) }) : undefined;

  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading" className="sr-only">
        记录
      </h2>
      {entries.length === 0 ? (
        <p className="text-stone-700">没有符合条件的记录。</p>
      ) : (
        <ol className="space-y-3">
          {entries.map((e) => (
            <li key={e.id}>
              <AuditEntry entry={e} names={names} />
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="分页" className="mt-4 flex flex-wrap gap-3">
        {cursor ? (
          <Link href={href()} className={secondaryButton}>
            最新记录
          </Link>
        ) : null}
        {newer ? (
          <Link href={newer} className={secondaryButton} rel="prev">
            较新的 {PAGE_SIZE} 条
          </Link>
        ) : null}
        {older ? (
          <Link href={older} className={secondaryButton} rel="next">
            较早的 {PAGE_SIZE} 条
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
