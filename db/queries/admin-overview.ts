import "server-only";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { departments, disclosures, districts } from "../schema";
import type { Actor } from "@/lib/auth/scope";
import { type ScopeListQuery, TODO_STATUSES } from "@/lib/disclosure/scope-list-query";
import type { DisclosureStatus } from "@/lib/disclosure/status";
import { departmentScope } from "./scope";

/** The departments in the actor's scope, with their district: the first `limit`, and how many there are. */
export async function listScopeDepartments({ db, actor, limit = 500 }: { db: Db; actor: Actor; limit?: number }) {
  const [rows, [counted]] = await Promise.all([
    db
      .select({ id: departments.id, code: departments.code, name: departments.name, districtCode: districts.code, districtName: districts.name })
      .from(departments)
      .innerJoin(districts, eq(districts.code, departments.districtCode))
      .where(departmentScope(actor))
      .orderBy(asc(districts.code), asc(departments.code))
      .limit(limit),
    db.select({ n: count() }).from(departments).where(departmentScope(actor)),
  ]);
  return { total: counted?.n ?? 0, items: rows.map((r) => ({ ...r, key: `${r.districtCode}-${r.code}` })) };
}

/**
 * The latest submission of the listed disclosure, when and by whom: from its workflow steps, or
 * from the audit log for a submission older than the steps. Two index lookups per listed row.
 */
const lastSubmission = sql<{ at: string; by: string | null } | null>`(
  select jsonb_build_object('at', x.submitted_at, 'by', x.submitter) from (
    select s.created_at as submitted_at, u.name as submitter
      from disclosure_steps s join users u on u.id = s.actor_id
      where s.disclosure_id = ${disclosures.id} and s.action = 'submit'
    union all
    select a.at, coalesce(u.name, a.actor_email)
      from audit_log a left join users u on u.id = a.actor_id
      where a.target_type = 'disclosure' and a.target_id = ${disclosures.id}::text and a.action = 'disclosure.submit' and a.success
  ) x order by x.submitted_at desc limit 1
)`;

/** A disclosure of the admin list: its headline, where it stands, its last submission and how many findings it has. */
export type ScopeDisclosure = Awaited<ReturnType<typeof listScopeDisclosures>>["items"][number];

/**
 * The disclosures, in any status, of the departments in the actor's scope, filtered and one page
 * of them, newest year first; with the total and the count of each status (within the other filters).
 */
export async function listScopeDisclosures({ db, actor, query }: { db: Db; actor: Actor; query: ScopeListQuery }) {
  const [deptDistrict, deptCode] = (query.department ?? "").split("-");
  const others = and(
    departmentScope(actor),
    query.year ? eq(disclosures.year, query.year) : undefined,
    query.district ? eq(departments.districtCode, query.district) : undefined,
    query.department ? and(eq(departments.districtCode, deptDistrict!), eq(departments.code, deptCode!)) : undefined,
  );
  const statuses = query.status === "todo" ? [...TODO_STATUSES[actor.role]] : query.status ? [query.status] : undefined;
  const where = and(others, statuses ? inArray(disclosures.status, statuses) : undefined);
  const [items, byStatus] = await Promise.all([
    db
      .select({
        id: disclosures.id,
        title: disclosures.title,
        year: disclosures.year,
        kind: disclosures.kind,
        status: disclosures.status,
        revision: disclosures.revision,
        version: disclosures.version,
        updatedAt: disclosures.updatedAt,
        submission: lastSubmission,
        findingsTotal: sql<number>`jsonb_array_length(${disclosures.findings})`.mapWith(Number),
        findingsErrors: sql<number>`(select count(*) from jsonb_array_elements(${disclosures.findings}) f where f->>'severity' = 'error')`.mapWith(Number),
        departmentName: departments.name,
        departmentCode: departments.code,
        districtCode: departments.districtCode,
        districtName: districts.name,
      })
      .from(disclosures)
      .innerJoin(departments, eq(departments.id, disclosures.departmentId))
      .innerJoin(districts, eq(districts.code, departments.districtCode))
      .where(where)
      .orderBy(desc(disclosures.year), asc(departments.districtCode), asc(departments.code), desc(disclosures.revision))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ status: disclosures.status, n: count() })
      .from(disclosures)
      .innerJoin(departments, eq(departments.id, disclosures.departmentId))
      .where(others)
      .groupBy(disclosures.status),
  ]);
  const counts = Object.fromEntries(byStatus.map((r) => [r.status, r.n])) as Partial<Record<DisclosureStatus, number>>;
  const total = (statuses ?? (Object.keys(counts) as DisclosureStatus[])).reduce((n, s) => n + (counts[s] ?? 0), 0);
  const todo = TODO_STATUSES[actor.role].reduce((n, s) => n + (counts[s] ?? 0), 0);
  const withSubmission = items.map(({ submission, ...item }) => ({ ...item, submittedAt: submission ? new Date(submission.at) : null, submittedBy: submission?.by ?? null }));
  return { total, todo, counts, items: withSubmission };
}
