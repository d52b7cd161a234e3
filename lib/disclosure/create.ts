import "server-only";
import { and, eq, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { insertDisclosure } from "@/db/queries/disclosure-write";
import { departments, disclosures, districts } from "@/db/schema";
import { AccessDenied } from "@/lib/auth/access-denied";
import { type Actor, canEditDepartment } from "@/lib/auth/scope";
import { HttpProblem } from "@/lib/http/problem";
import { InvalidInput } from "@/lib/invalid-input";
import { checkDisclosure } from "@/lib/rules";
import { canonicalDocument } from "./canonical";
import type { DisclosureDocument } from "./schema";
import { STATUS_LABELS } from "./status";

export interface CreatedDisclosure {
  id: string;
  version: number;
  departmentKey: string;
  departmentCreated: boolean;
  revision: number;
}

/**
 * Stores a document as a new disclosure of its department, in one transaction, audited.
 *
 * - `actor` set (admin area, API): the actor must be an editor of that department, which must exist.
 * - `actor` null (command line, sample data): the department is created when its district has none
 *   with that code.
 *
 * A disclosure with an unpublished version for that year and kind is refused, never overwritten;
 * one that is published gets a new revision (a correction), which needs a public reason when an
 * editor makes it.
 */
export async function createDisclosure({
  db,
  doc: given,
  status = "draft",
  actor,
  origin = "命令行",
  source,
  revisionReason,
}: {
  db: Db;
  doc: DisclosureDocument;
  status?: "draft" | "published";
  actor: Actor | null;
  /** who acts when no user does: the command line, the sample data */
  origin?: string;
  /** the file it came from, or how it was made */
  source: string;
  revisionReason?: string;
}): Promise<CreatedDisclosure> {
  const doc = canonicalDocument(given);
  const findings = checkDisclosure(doc);
  return db.transaction(async (tx) => {
    const [district] = await tx.select().from(districts).where(eq(districts.name, doc.district)).limit(1);
    if (!district) throw new InvalidInput([{ field: "district", message: `${source}：“${doc.district}”不是重庆市的区县` }]);
    const departmentKey = `${district.code}-${doc.department.code}`;

    let [department] = await tx
      .select()
      .from(departments)
      .where(and(eq(departments.districtCode, district.code), eq(departments.code, doc.department.code)))
      .limit(1);
    if (actor && (!department || !canEditDepartment(actor, department))) {
      throw new AccessDenied(403, `您不是部门 ${departmentKey} 的预算公开联系人，不能为其新建文件。`);
    }
    const departmentCreated = !department;
    if (!department) {
      [department] = await tx
        .insert(departments)
        .values({
          districtCode: district.code,
          code: doc.department.code,
          name: doc.department.name,
          contactName: doc.contact?.name || null,
          contactPhone: doc.contact?.phone || null,
        })
        .returning();
    }
    const departmentId = department!.id;

    const sameYear = and(eq(disclosures.departmentId, departmentId), eq(disclosures.year, doc.year), eq(disclosures.kind, doc.kind));
    const existing = await tx.select({ id: disclosures.id, status: disclosures.status }).from(disclosures).where(sameYear);
    const open = existing.find((d) => !["published", "retracted", "superseded"].includes(d.status));
    if (open) {
      throw new HttpProblem(
        409,
        `${source}：${doc.department.name} ${doc.year} 年的这份文件已有一版“${STATUS_LABELS[open.status]}”（${open.id}），未覆盖；请修改该版本。`,
        { existingId: open.id },
      );
    }
    const isCorrection = existing.some((d) => d.status === "published");
    if (actor && isCorrection && !revisionReason?.trim()) {
      throw new InvalidInput([{ field: "revisionReason", message: "该文件已公开，新版本须说明更正原因（revisionReason），原因将向公众公开" }]);
    }
    const [{ latest } = { latest: 0 }] = await tx.select({ latest: max(disclosures.revision) }).from(disclosures).where(sameYear);
    const revision = (latest ?? 0) + 1;

    const id = await insertDisclosure({
      tx,
      doc,
      departmentId,
      status,
      revision,
      revisionReason: revisionReason?.trim() || null,
      findings,
      actorId: actor?.id ?? null,
    });
    await recordAudit({
      db: tx,
      entry: {
        actorId: actor?.id ?? null,
        actorEmail: actor?.email ?? origin,
        action: "disclosure.create",
        targetType: "disclosure",
        targetId: id,
        after: { department: departmentKey, year: doc.year, kind: doc.kind, revision, status, source, departmentCreated, findings: findings.length },
        success: true,
      },
    });
    return { id, version: 1, departmentKey, departmentCreated, revision };
  });
}
