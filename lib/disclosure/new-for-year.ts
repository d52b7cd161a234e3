import "server-only";
import type { Db } from "@/db/client";
import { findDepartmentByKey, findPublishedDisclosure } from "@/db/queries/departments";
import { type DisclosureRecord, findDisclosureRecord, readDisclosureDocument } from "@/db/queries/disclosure-read";
import type { departments } from "@/db/schema";
import { AccessDenied } from "@/lib/auth/access-denied";
import { type Actor, canEditDepartment } from "@/lib/auth/scope";
import { HttpProblem } from "@/lib/http/problem";
import { isUuid } from "@/lib/uuid";
import { loadForActor } from "./access";
import { blankTable, requiredTableKinds } from "./blank-template";
import { createDisclosure } from "./create";
import { emptyDocument, nextYearCarryOver, nextYearDocument } from "./next-year";
import type { NewForYear } from "./new-for-year-schema";
import { type DisclosureDocument, findTable } from "./schema";
import { STATUS_LABELS } from "./status";

type Department = typeof departments.$inferSelect;

/** The department's contact on file, else the one the document names. */
function withDepartmentContact(doc: DisclosureDocument, department: Department): DisclosureDocument {
  const name = department.contactName ?? "";
  const phone = department.contactPhone ?? "";
  return name || phone ? { ...doc, contact: { name, phone } } : doc;
}

/** The required tables the document lacks, added blank after its own. */
function withRequiredTables(doc: DisclosureDocument): DisclosureDocument {
  const missing = requiredTableKinds(doc.kind).filter((k) => !findTable(doc, k));
  return { ...doc, tables: [...doc.tables, ...missing.map((k) => blankTable(k, doc.department.name))] };
}

/** Next year's draft from a published disclosure, with its carry-over marks and read-only prior-year cells. */
async function draftFromPublished({ db, actor, record }: { db: Db; actor: Actor; record: NonNullable<DisclosureRecord> }) {
  const { disclosure: d, department } = record;
  const year = d.year + 1;
  const published = await findPublishedDisclosure({ db, departmentId: department.id, year, kind: d.kind });
  if (published) {
    throw new HttpProblem(409, `${department.name} ${year} 年的文件已公开，不能再沿用上年新建；如需更正，请在该文件中发起更正。`);
  }
  const previous = await readDisclosureDocument({ db, record });
  const doc = withRequiredTables(withDepartmentContact(nextYearDocument(previous, year), department));
  const carryOver = nextYearCarryOver(doc, { id: d.id, year: d.year, revision: d.revision });
  return createDisclosure({ db, doc, actor, source: `沿用 ${d.year} 年文件新建`, carryOver });
}

/** "New disclosure for YEAR": a blank draft with the required tables, or one carried over from last year's published disclosure. */
export async function newDisclosureForYear({ db, actor, input }: { db: Db; actor: Actor; input: NewForYear }) {
  const found = await findDepartmentByKey({ db, key: input.department });
  if (!found || !canEditDepartment(actor, found.department)) throw new AccessDenied(403, `您不是部门 ${input.department} 的预算公开联系人。`);
  const { department, districtName } = found;
  if (input.from === "previous") {
    const previous = await findPublishedDisclosure({ db, departmentId: department.id, year: input.year - 1, kind: input.kind });
    const record = previous && (await findDisclosureRecord({ db, id: previous.id }));
    if (!record) throw new HttpProblem(404, `${department.name} 没有已公开的 ${input.year - 1} 年文件可供沿用。`);
    return draftFromPublished({ db, actor, record });
  }
  const identity = { district: districtName, department: { code: department.code, name: department.name }, year: input.year, kind: input.kind };
  const doc = withRequiredTables(withDepartmentContact(emptyDocument({ ...identity, sourceUnit: input.sourceUnit }), department));
  return createDisclosure({ db, doc, actor, source: "新建空白文件" });
}

/**
 * Next year's draft from the published disclosure `id`, for one of its department's editors. A
 * published disclosure is public, so another department's answers 403; an unpublished one outside
 * the actor's scope answers as unknown (404), as everywhere else.
 */
export async function newDisclosureForNextYear({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const found = isUuid(id) ? await findDisclosureRecord({ db, id }) : undefined;
  if (found?.disclosure.status !== "published") {
    const record = await loadForActor({ db, actor, id });
    throw new HttpProblem(409, `这份文件当前为“${STATUS_LABELS[record.disclosure.status]}”，只有已公开的文件可以沿用到下一年度。`);
  }
  if (!canEditDepartment(actor, found.department)) throw new AccessDenied(403, `您不是${found.department.name}的预算公开联系人，不能为其新建文件。`);
  return draftFromPublished({ db, actor, record: found });
}
