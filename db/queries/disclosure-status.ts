import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { disclosureSteps, disclosures, reviewComments } from "../schema";
import type { CommentAnchor } from "../schema/review";

type Status = (typeof disclosures.$inferSelect)["status"];

/** Moves a disclosure from one status to another if it is still in it; returns the new version or null. */
export async function changeStatus({
  tx,
  id,
  from,
  to,
  actorId,
  retractionReason,
}: {
  tx: Tx;
  id: string;
  from: Status;
  to: Status;
  actorId: number;
  retractionReason?: string;
}): Promise<number | null> {
  const [row] = await tx
    .update(disclosures)
    .set({
      status: to,
      version: sql`${disclosures.version} + 1`,
      updatedBy: actorId,
      updatedAt: sql`now()`,
      ...(to === "published" ? { publishedAt: sql`now()` } : {}),
      ...(retractionReason ? { retractionReason } : {}),
    })
    .where(and(eq(disclosures.id, id), eq(disclosures.status, from)))
    .returning({ version: disclosures.version });
  return row?.version ?? null;
}

/** Marks the earlier published revisions of the same department, year and kind as superseded. */
export async function supersedeEarlierRevisions({ tx, id, departmentId, year, kind }: { tx: Tx; id: string; departmentId: number; year: number; kind: "budget" | "final" }) {
  await tx
    .update(disclosures)
    .set({ status: "superseded", updatedAt: sql`now()` })
    .where(
      and(
        eq(disclosures.departmentId, departmentId),
        eq(disclosures.year, year),
        eq(disclosures.kind, kind),
        eq(disclosures.status, "published"),
        ne(disclosures.id, id),
      ),
    );
}

export async function insertComments({ tx, disclosureId, authorId, comments }: { tx: Tx; disclosureId: string; authorId: number; comments: { anchor: CommentAnchor; body: string }[] }) {
  if (comments.length === 0) return [];
  return tx
    .insert(reviewComments)
    .values(comments.map((c) => ({ disclosureId, authorId, anchor: c.anchor, body: c.body })))
    .returning({ id: reviewComments.id });
}

/** One workflow step as taken: who, with how many errors and warnings, and the 说明 of an override. */
export async function insertStep({ tx, step }: { tx: Tx; step: typeof disclosureSteps.$inferInsert }) {
  await tx.insert(disclosureSteps).values(step);
}
