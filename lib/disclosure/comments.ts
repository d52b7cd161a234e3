import "server-only";
import type { Db } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { listComments, setCommentAnswer } from "@/db/queries/review-comments";
import { AccessDenied } from "@/lib/auth/access-denied";
import { type Actor, canEditDepartment } from "@/lib/auth/scope";
import { HttpProblem } from "@/lib/http/problem";
import { loadForActor } from "./access";

/** The review comments of a disclosure the actor may see, oldest first, with their answers. */
export async function commentsForActor({ db, actor, disclosureId }: { db: Db; actor: Actor; disclosureId: string }) {
  await loadForActor({ db, actor, id: disclosureId });
  return listComments({ db, disclosureId });
}

/** An editor of the department answers a comment (once; a later answer replaces it while the draft is open). */
export async function answerComment({ db, actor, disclosureId, commentId, answer }: { db: Db; actor: Actor; disclosureId: string; commentId: number; answer: string }) {
  const { department, disclosure } = await loadForActor({ db, actor, id: disclosureId });
  if (!canEditDepartment(actor, department)) throw new AccessDenied(403, "只有本部门的预算公开联系人可以答复批注。");
  if (!["draft", "returned"].includes(disclosure.status)) throw new HttpProblem(409, "文件已提交或已公开，不能再答复批注。");
  await db.transaction(async (tx) => {
    const before = await setCommentAnswer({ tx, disclosureId, commentId, answer, actorId: actor.id });
    if (!before) throw new HttpProblem(404, "没有找到该批注。");
    await recordAudit({
      db: tx,
      entry: { actorId: actor.id, actorEmail: actor.email, action: "comment.answer", targetType: "review_comment", targetId: commentId, before: { answer: before.answer }, after: { answer }, success: true },
    });
  });
}
