import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens, departments, disclosures, feedback, reviewComments, users } from "@/db/schema";
import { isUuid } from "@/lib/uuid";
import type { AuditNames } from "./audit-fields";

interface Entry {
  targetType: string | null;
  targetId: string | null;
  after: unknown;
}

/** An id as stored (text) that may be a row id of an integer key. */
const isRowId = (id: string) => /^\d{1,9}$/.test(id);

/**
 * The objects a page of the audit log names by id, resolved in one batch (one query per kind
 * present on the page): a disclosure by its title, a user by name and email, a department by
 * its name, a comment by its disclosure, a token by its name, a feedback by its tracking code.
 */
export async function resolveAuditNames({ db, entries }: { db: Db; entries: Entry[] }): Promise<AuditNames> {
  const ids = new Map<string, Set<string>>();
  const add = (type: string, id: unknown) => {
    if (typeof id !== "string" && typeof id !== "number") return;
    ids.set(type, (ids.get(type) ?? new Set()).add(String(id)));
  };
  for (const e of entries) {
    if (e.targetType && e.targetId) add(e.targetType, e.targetId);
    if (typeof e.after === "object" && e.after !== null) {
      const after = e.after as Record<string, unknown>;
      add("disclosure", after.disclosureId);
      add("department", after.departmentId);
    }
  }
  const of = (type: string, valid: (id: string) => boolean) => [...(ids.get(type) ?? [])].filter(valid);
  const [disclosureIds, userIds, departmentIds, commentIds, tokenIds, feedbackIds] = [
    of("disclosure", isUuid),
    of("user", isRowId).map(Number),
    of("department", isRowId).map(Number),
    of("review_comment", isRowId).map(Number),
    of("api_token", isRowId).map(Number),
    of("feedback", isUuid),
  ];
  const [ds, us, deps, cs, ts, fs] = await Promise.all([
    disclosureIds.length ? db.select({ id: disclosures.id, title: disclosures.title }).from(disclosures).where(inArray(disclosures.id, disclosureIds)) : [],
    userIds.length ? db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, userIds)) : [],
    departmentIds.length
      ? db.select({ id: departments.id, name: departments.name, districtCode: departments.districtCode, code: departments.code }).from(departments).where(inArray(departments.id, departmentIds))
      : [],
    commentIds.length
      ? db
          .select({ id: reviewComments.id, disclosureId: reviewComments.disclosureId, title: disclosures.title })
          .from(reviewComments)
          .innerJoin(disclosures, eq(disclosures.id, reviewComments.disclosureId))
          .where(inArray(reviewComments.id, commentIds))
      : [],
    tokenIds.length ? db.select({ id: apiTokens.id, name: apiTokens.name }).from(apiTokens).where(inArray(apiTokens.id, tokenIds)) : [],
    feedbackIds.length ? db.select({ id: feedback.id, trackingCode: feedback.trackingCode }).from(feedback).where(inArray(feedback.id, feedbackIds)) : [],
  ]);
  const names: AuditNames = new Map();
  for (const d of ds) names.set(`disclosure:${d.id}`, { label: d.title, href: `/admin/disclosures/${d.id}` });
  for (const u of us) names.set(`user:${u.id}`, { label: `${u.name}（${u.email}）`, href: `/admin/users/${u.id}` });
  for (const d of deps) names.set(`department:${d.id}`, { label: d.name, href: `/admin/departments/${d.districtCode}-${d.code}` });
  for (const c of cs) names.set(`review_comment:${c.id}`, { label: `对“${c.title}”的审核意见`, href: `/admin/disclosures/${c.disclosureId}` });
  for (const t of ts) names.set(`api_token:${t.id}`, { label: `“${t.name}”`, href: "/admin/tokens" });
  for (const f of fs) names.set(`feedback:${f.id}`, { label: `查询码 ${f.trackingCode}`, href: `/admin/inbox/${f.id}` });
  for (const id of ids.get("import_job") ?? []) names.set(`import_job:${id}`, { label: "查看该批次", href: `/admin/import/batch/${id}` });
  return names;
}
