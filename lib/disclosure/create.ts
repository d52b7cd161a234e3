import "server-only";
import { and, eq, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { insertDisclosureSource, type SourceFile } from "@/db/queries/disclosure-sources";
import { insertDisclosure } from "@/db/queries/disclosure-write";
import { departments, disclosures, districts } from "@/db/schema";
import { AccessDenied } from "@/lib/auth/access-denied";
import { type Actor, canEditDepartment } from "@/lib/auth/scope";
import { invalidate } from "@/lib/cache/invalidate";
import { UNKNOWN } from "@/lib/documents/recognize/header";
import { MAX_FILE_BYTES } from "@/lib/imports/limits";
import { HttpProblem } from "@/lib/http/problem";
import { InvalidInput } from "@/lib/invalid-input";
import { checkDisclosure } from "@/lib/rules";
import { canonicalDocument } from "./canonical";
import { refreshFinalFindings } from "./refresh-final-findings";
import { relatedDocuments } from "./related-documents";
import type { CarryOver } from "./carry-over";
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
 * - `actor` set (admin area, API): the actor must be an editor of that department, or an admin
 *   (who assigns an imported file to a department), and the department must exist.
 * - `actor` null (command line, sample data): the department is created when its district has none
 *   with that code.
 *
 * A disclosure with an unpublished version for that year and kind is refused, never overwritten;
 * one that is published gets a new revision (a correction), which needs a public reason when an
 * editor makes it.
 *
 * `file`, when the document was imported, is kept with the disclosure (原文) in the same
 * transaction, with the importer's I1 findings; the disclosure's own findings are the rules'.
 */
export async function createDisclosure({
  db,
  doc: given,
  status = "draft",
  actor,
  origin = "命令行",
  source,
  revisionReason,
  file,
  carryOver,
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
  file?: SourceFile;
  /** read-only columns and marks to confirm, for a draft carried over or imported */
  carryOver?: CarryOver;
}): Promise<CreatedDisclosure> {
  const doc = canonicalDocument(given);
  if (doc.district === UNKNOWN || doc.department.code === UNKNOWN || doc.department.name === UNKNOWN) {
    throw new InvalidInput([{ field: "department", message: `${source}：文件未注明所属区县或部门，请先指定所属部门` }]);
  }
  if (file && file.bytes.byteLength > MAX_FILE_BYTES) throw new HttpProblem(413, `${source}：原文件超过 20 MB，未保存。`);
  const { departmentId, districtCode, ...created } = await db.transaction(async (tx) => {
    const [district] = await tx.select().from(districts).where(eq(districts.name, doc.district)).limit(1);
    if (!district) throw new InvalidInput([{ field: "district", message: `${source}：“${doc.district}”不是重庆市的区县` }]);
    const departmentKey = `${district.code}-${doc.department.code}`;

    let [department] = await tx
      .select()
      .from(departments)
      .where(and(eq(departments.districtCode, district.code), eq(departments.code, doc.department.code)))
      .limit(1);
    if (actor?.role === "admin" && !department) {
      throw new HttpProblem(404, `${source}：${doc.district}没有编码为 ${doc.department.code} 的部门，请先在“部门”中登记。`);
    }
    if (actor && actor.role !== "admin" && (!department || !canEditDepartment(actor, department))) {
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
    const findings = checkDisclosure(doc, await relatedDocuments({ db: tx, departmentId, doc }));

    const sameYear = and(eq(disclosures.departmentId, departmentId), eq(disclosures.year, doc.year), eq(disclosures.kind, doc.kind));
    const existing = await tx.select({ id: disclosures.id, status: disclosures.status }).from(disclosures).where(sameYear);
    const open = existing.find((d) => !["published", "retracted", "superseded"].includes(d.status));
    if (open) {
      throw new HttpProblem(
        409,
        `${source}：${doc.department.name} ${doc.year} 年的这份文件已有一版“${STATUS_LABELS[open.status]}”，未覆盖；请修改该版本。`,
        { existingId: open.id },
      );
    }
    const isCorrection = existing.some((d) => d.status === "published");
    if (actor && isCorrection && !revisionReason?.trim()) {
      throw new InvalidInput([
        { field: "revisionReason", message: `${source}：${doc.department.name} ${doc.year} 年的这份文件已公开，新版本将作为更正版本，须填写更正原因（将向公众公开）` },
      ]);
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
      carryOver: carryOver ?? null,
    });
    if (file) await insertDisclosureSource({ tx, disclosureId: id, file });
    // a budget published at once (the sample data): the 决算 of that year are compared with it
    if (status === "published" && doc.kind === "budget") await refreshFinalFindings({ tx, departmentId, year: doc.year });
    await recordAudit({
      db: tx,
      entry: {
        actorId: actor?.id ?? null,
        actorEmail: actor?.email ?? origin,
        action: "disclosure.create",
        targetType: "disclosure",
        targetId: id,
        after: {
          department: departmentKey,
          year: doc.year,
          kind: doc.kind,
          revision,
          status,
          source,
          departmentCreated,
          findings: findings.length,
          ...(file ? { file: { ...file.source, sizeBytes: file.bytes.byteLength, importFindings: file.importFindings.length } } : {}),
        },
        success: true,
      },
    });
    return { id, version: 1, departmentKey, departmentCreated, revision, departmentId, districtCode: district.code };
  });
  // a department the public had not seen, or a disclosure published at once (the sample data)
  if (status === "published") await invalidate({ db, change: { kind: "disclosure", disclosureId: created.id, departmentId, districtCode } });
  else if (created.departmentCreated) await invalidate({ db, change: { kind: "department", departmentId, districtCode } });
  return created;
}
