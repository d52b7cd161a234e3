import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { disclosures } from "../schema";
import { findDisclosureRecord, readDisclosureDocument } from "./disclosure-read";
import type { DisclosureDocument } from "@/lib/disclosure/schema";

/** The published 部门预算 of a department and year (its current revision) as a document; undefined when none is. */
export async function readPublishedBudget({ db, departmentId, year }: { db: Db; departmentId: number; year: number }): Promise<DisclosureDocument | undefined> {
  const [row] = await db
    .select({ id: disclosures.id })
    .from(disclosures)
    .where(and(eq(disclosures.departmentId, departmentId), eq(disclosures.year, year), eq(disclosures.kind, "budget"), eq(disclosures.status, "published")))
    .orderBy(desc(disclosures.revision))
    .limit(1);
  const record = row ? await findDisclosureRecord({ db, id: row.id }) : undefined;
  return record ? readDisclosureDocument({ db, record }) : undefined;
}
