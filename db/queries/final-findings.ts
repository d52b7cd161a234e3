import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { disclosures } from "../schema";
import type { Finding } from "@/lib/disclosure/schema";

/** The 部门决算 of a department and year that are not retracted or superseded: drafts, those in review, the published one. */
export async function currentFinalIds({ tx, departmentId, year }: { tx: Tx; departmentId: number; year: number }): Promise<string[]> {
  const rows = await tx
    .select({ id: disclosures.id })
    .from(disclosures)
    .where(
      and(
        eq(disclosures.departmentId, departmentId),
        eq(disclosures.year, year),
        eq(disclosures.kind, "final"),
        inArray(disclosures.status, ["draft", "submitted", "returned", "approved", "published"]),
      ),
    );
  return rows.map((r) => r.id);
}

/** Replaces a disclosure's stored findings; its content and version stay as they are (nobody edited it). */
export async function setFindings({ tx, id, findings }: { tx: Tx; id: string; findings: Finding[] }): Promise<void> {
  // updatedAt is what the public answers' validators change with (lib/http/etag.ts): the findings are in them
  await tx.update(disclosures).set({ findings, updatedAt: sql`now()` }).where(eq(disclosures.id, id));
}
