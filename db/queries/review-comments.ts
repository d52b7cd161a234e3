import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../client";
import { reviewComments, users } from "../schema";

const answerer = alias(users, "answerer");

export async function listComments({ db, disclosureId }: { db: Db; disclosureId: string }) {
  return db
    .select({
      id: reviewComments.id,
      anchor: reviewComments.anchor,
      body: reviewComments.body,
      createdAt: reviewComments.createdAt,
      author: users.name,
      answer: reviewComments.answer,
      answeredAt: reviewComments.answeredAt,
      answeredBy: answerer.name,
    })
    .from(reviewComments)
    .innerJoin(users, eq(users.id, reviewComments.authorId))
    .leftJoin(answerer, eq(answerer.id, reviewComments.answeredBy))
    .where(eq(reviewComments.disclosureId, disclosureId))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
}

/** Sets the answer of a comment of this disclosure; returns the comment as it was, or undefined. */
export async function setCommentAnswer({ tx, disclosureId, commentId, answer, actorId }: { tx: Tx; disclosureId: string; commentId: number; answer: string; actorId: number }) {
  const [before] = await tx
    .select({ answer: reviewComments.answer })
    .from(reviewComments)
    .where(and(eq(reviewComments.id, commentId), eq(reviewComments.disclosureId, disclosureId)));
  if (!before) return undefined;
  await tx
    .update(reviewComments)
    .set({ answer, answeredBy: actorId, answeredAt: sql`now()` })
    .where(and(eq(reviewComments.id, commentId), eq(reviewComments.disclosureId, disclosureId)));
  return before;
}
