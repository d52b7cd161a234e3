import "server-only";
import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { departments, disclosures, districts, feedback } from "../schema";
import { PUBLIC_STATUSES } from "@/lib/disclosure/public-access";

const family = alias(disclosures, "family");

/**
 * The public answers on a disclosure and its other public revisions (the same department, year
 * and kind), with their questions, newest answer first. The sender's name and contact stay out.
 */
export async function listPublicAnswers({ db, disclosureId }: { db: Db; disclosureId: string }) {
  return db
    .select({
      id: feedback.id,
      category: feedback.category,
      message: feedback.message,
      tableKind: feedback.tableKind,
      rowRef: feedback.rowRef,
      createdAt: feedback.createdAt,
      answer: feedback.answer,
      answeredAt: feedback.answeredAt,
      revision: disclosures.revision,
    })
    .from(feedback)
    .innerJoin(disclosures, eq(disclosures.id, feedback.disclosureId))
    .innerJoin(
      family,
      and(eq(family.departmentId, disclosures.departmentId), eq(family.year, disclosures.year), eq(family.kind, disclosures.kind)),
    )
    .where(
      and(
        eq(family.id, disclosureId),
        eq(feedback.answerPublic, true),
        isNotNull(feedback.answer),
        inArray(disclosures.status, [...PUBLIC_STATUSES]),
      ),
    )
    .orderBy(desc(feedback.answeredAt), desc(feedback.id));
}

/**
 * A feedback as its sender follows it by tracking code: what they wrote, where it went, its
 * status and the answer (public or not). Not their name or contact: a code may be shared.
 */
export async function findFeedbackByCode({ db, code }: { db: Db; code: string }) {
  const [row] = await db
    .select({
      trackingCode: feedback.trackingCode,
      category: feedback.category,
      message: feedback.message,
      tableKind: feedback.tableKind,
      rowRef: feedback.rowRef,
      status: feedback.status,
      createdAt: feedback.createdAt,
      acknowledgedAt: feedback.acknowledgedAt,
      answeredAt: feedback.answeredAt,
      closedAt: feedback.closedAt,
      answer: feedback.answer,
      answerPublic: feedback.answerPublic,
      departmentName: departments.name,
      districtName: districts.name,
      disclosure: { id: disclosures.id, title: disclosures.title, status: disclosures.status, revision: disclosures.revision },
    })
    .from(feedback)
    .leftJoin(departments, eq(departments.id, feedback.departmentId))
    .leftJoin(districts, eq(districts.code, departments.districtCode))
    .leftJoin(disclosures, eq(disclosures.id, feedback.disclosureId))
    .where(eq(feedback.trackingCode, code))
    .limit(1);
  return row;
}
