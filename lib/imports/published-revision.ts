import "server-only";
import { and, eq, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { disclosures } from "@/db/schema";
import type { DisclosureKind } from "@/lib/disclosure/schema";

/**
 * The revision now public of a department's disclosure for a year and kind (第 N 版), or null when
 * that year is not published: an import then makes a correction, which needs a public reason.
 */
export async function publishedRevision({ db, departmentId, year, kind }: { db: Db; departmentId: number; year: number; kind: DisclosureKind }): Promise<number | null> {
  const [row] = await db
    .select({ revision: max(disclosures.revision) })
    .from(disclosures)
    .where(and(eq(disclosures.departmentId, departmentId), eq(disclosures.year, year), eq(disclosures.kind, kind), eq(disclosures.status, "published")));
  return row?.revision ?? null;
}
