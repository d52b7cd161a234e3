import "server-only";
import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { departments, disclosures, districts, feedback, users } from "../schema";
import { recordAudit } from "./audit";
import { AccessDenied } from "@/lib/auth/access-denied";
import type { Actor } from "@/lib/auth/scope";
import { canAnswerFeedback, canReadFeedback } from "@/lib/feedback/access";
import type { FeedbackChange } from "@/lib/feedback/schema";
import { statusAfter } from "@/lib/feedback/status";
import { HttpProblem } from "@/lib/http/problem";
import { InvalidInput } from "@/lib/invalid-input";
import { isUuid } from "@/lib/uuid";

const answerer = alias(users, "answerer");

async function findFeedback({ db, id }: { db: Db; id: string }) {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select({
      feedback,
      department: { id: departments.id, districtCode: departments.districtCode, code: departments.code, name: departments.name },
      districtName: districts.name,
      disclosure: { id: disclosures.id, title: disclosures.title, status: disclosures.status, revision: disclosures.revision },
      answeredByName: answerer.name,
    })
    .from(feedback)
    .leftJoin(departments, eq(departments.id, feedback.departmentId))
    .leftJoin(districts, eq(districts.code, departments.districtCode))
    .leftJoin(disclosures, eq(disclosures.id, feedback.disclosureId))
    .leftJoin(answerer, eq(answerer.id, feedback.answeredBy))
    .where(eq(feedback.id, id))
    .limit(1);
  return row;
}

/**
 * One feedback with what the inbox shows of it, when the actor may read it; one outside their
 * scope answers as one that does not exist (404).
 */
export async function findFeedbackForActor({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const row = await findFeedback({ db, id });
  if (!row || !canReadFeedback(actor, row.department)) throw new AccessDenied(404, "没有找到该意见，或您无权查看。");
  return { ...row, canAnswer: canAnswerFeedback(actor, row.department) };
}

/**
 * Acknowledge, answer (publicly or not), publish or withdraw the answer, or close: by an editor
 * of the department or an admin. The row is locked while it changes; every change is audited.
 */
export async function respondToFeedback({ db, actor, id, change }: { db: Db; actor: Actor; id: string; change: FeedbackChange }) {
  const item = await findFeedbackForActor({ db, actor, id });
  if (!item.canAnswer) throw new AccessDenied(403, actor.role === "reviewer" ? "审核人只能查看意见，答复由部门联系人办理。" : "只有本部门的预算公开联系人或平台管理员可以处理该意见。");
  const wantsPublic = (change.kind === "answer" || change.kind === "publish") && change.public;
  if (wantsPublic && !item.feedback.disclosureId) {
    throw new InvalidInput([{ field: "public", message: "该意见不针对某份公开文件，答复无法在文件页面公开" }]);
  }
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(feedback).where(eq(feedback.id, id)).for("update");
    const verdict = statusAfter(current!.status, change, current!.answer !== null);
    if (!verdict.ok) throw new HttpProblem(409, verdict.message);
    const now = sql`now()`;
    const values =
      change.kind === "acknowledge"
        ? { status: verdict.status, acknowledgedAt: now }
        : change.kind === "answer"
          ? { status: verdict.status, answer: change.answer, answerPublic: change.public, answeredBy: actor.id, answeredAt: now }
          : change.kind === "publish"
            ? { answerPublic: change.public }
            : { status: verdict.status, closedAt: now };
    await tx.update(feedback).set({ ...values, updatedAt: now }).where(eq(feedback.id, id));
    const before = { status: current!.status, answer: current!.answer, answerPublic: current!.answerPublic };
    const after = {
      status: verdict.status,
      answer: change.kind === "answer" ? change.answer : current!.answer,
      answerPublic: change.kind === "answer" || change.kind === "publish" ? change.public : current!.answerPublic,
    };
    await recordAudit({
      db: tx,
      entry: {
        actorId: actor.id,
        actorEmail: actor.email,
        action: `feedback.${change.kind}`,
        targetType: "feedback",
        targetId: id,
        before,
        after,
        success: true,
        detail: item.feedback.trackingCode,
      },
    });
    return { disclosureId: current!.disclosureId, trackingCode: current!.trackingCode, status: verdict.status };
  });
}
