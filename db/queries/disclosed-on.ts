import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "../client";
import { disclosures } from "../schema";

/** The department's own publication date of a disclosure (部门公开日期), or null when not known. */
export async function setDisclosedOn({ tx, id, disclosedOn }: { tx: Tx; id: string; disclosedOn: string | null }) {
  await tx.update(disclosures).set({ disclosedOn }).where(eq(disclosures.id, id));
}
