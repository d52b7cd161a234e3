import "server-only";
import { and, eq, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { insertDisclosure } from "@/db/queries/disclosure-write";
import { departments, disclosures, districts } from "@/db/schema";
import { InvalidInput } from "@/lib/invalid-input";
import { STATUS_LABELS } from "./status";
import type { DisclosureDocument } from "./schema";

export interface SavedDisclosure {
  id: string;
  departmentKey: string;
  departmentCreated: boolean;
  revision: number;
}

/**
 * Stores an imported document as a disclosure of its department, in one transaction: the
 * department is created when the district has none with that code; a disclosure that already
 * has an unpublished version for that year and kind is refused (nothing is overwritten), and one
 * that is published gets a new revision.
 */
export async function saveImportedDisclosure({
  db,
  doc,
  status = "draft",
  actor,
  origin = "命令行",
  fileName,
}: {
  db: Db;
  doc: DisclosureDocument;
  status?: "draft" | "published";
  actor: { id: number; email: string } | null;
  /** who acts when no user does: the command line, the sample data */
  origin?: string;
  fileName: string;
}): Promise<SavedDisclosure> {
  return db.transaction(async (tx) => {
    const [district] = await tx.select().from(districts).where(eq(districts.name, doc.district)).limit(1);
    if (!district) throw new InvalidInput([{ field: "district", message: `文件 ${fileName}：“${doc.district}”不是重庆市的区县` }]);
    const departmentKey = `${district.code}-${doc.department.code}`;

    let [department] = await tx
      .select()
      .from(departments)
      .where(and(eq(departments.districtCode, district.code), eq(departments.code, doc.department.code)))
      .limit(1);
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

    const existing = await tx
      .select({ id: disclosures.id, status: disclosures.status, revision: disclosures.revision })
      .from(disclosures)
      .where(and(eq(disclosures.departmentId, departmentId), eq(disclosures.year, doc.year), eq(disclosures.kind, doc.kind)));
    const open = existing.find((d) => d.status !== "published" && d.status !== "retracted");
    if (open) {
      throw new InvalidInput([
        {
          field: "document",
          message: `文件 ${fileName}：${doc.department.name} ${doc.year} 年的这份文件已有一版“${STATUS_LABELS[open.status]}”（${open.id}），未覆盖；请在管理界面中修改该版本`,
        },
      ]);
    }
    const [{ latest } = { latest: 0 }] = await tx
      .select({ latest: max(disclosures.revision) })
      .from(disclosures)
      .where(and(eq(disclosures.departmentId, departmentId), eq(disclosures.year, doc.year), eq(disclosures.kind, doc.kind)));
    const revision = (latest ?? 0) + 1;

    const id = await insertDisclosure({ tx, doc, departmentId, status, revision, findings: doc.findings ?? [], actorId: actor?.id ?? null });
    await recordAudit({
      db: tx,
      entry: {
        actorId: actor?.id ?? null,
        actorEmail: actor?.email ?? origin,
        action: "disclosure.import",
        targetType: "disclosure",
        targetId: id,
        after: { department: departmentKey, year: doc.year, kind: doc.kind, revision, status, fileName, departmentCreated },
        success: true,
      },
    });
    return { id, departmentKey, departmentCreated, revision };
  });
}
