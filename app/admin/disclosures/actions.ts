"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { answerComment } from "@/lib/disclosure/comments";
import { defineAction } from "@/lib/actions/define-action";
import { requireActor } from "@/lib/auth/guard";
import { startCorrection } from "@/lib/disclosure/correction";
import { reviewMarkSchema } from "@/lib/disclosure/carry-over";
import { saveDisclosure } from "@/lib/disclosure/save";
import { disclosureDocumentSchema } from "@/lib/disclosure/schema";
import { transitionDisclosure, transitionInputSchema } from "@/lib/disclosure/transition";
import { WORKFLOW_ACTIONS } from "@/lib/disclosure/workflow";
import { newDisclosureForYear } from "@/lib/disclosure/new-for-year";
import { newForYearSchema } from "@/lib/disclosure/new-for-year-schema";

const id = z.uuid("文件编号有误");

/** Save the editor's document (and a carried-over draft's marks still open) over the version it was loaded at (409 with the differences when stale). */
export const saveDisclosureAction = defineAction(
  z.object({
    id,
    baseVersion: z.number().int().positive(),
    doc: disclosureDocumentSchema,
    marks: z.array(reviewMarkSchema).max(10000).optional(),
    disclosedOn: z.iso.date("部门公开日期应为有效日期，如 2025-02-10").nullable().optional(),
  }),
  async ({ id, baseVersion, doc, marks, disclosedOn }) => {
    const actor = await requireActor();
    const result = await saveDisclosure({ db: await getDb(), actor, id, baseVersion, doc, marks, disclosedOn });
    revalidatePath(`/admin/disclosures/${id}`);
    return result;
  },
);

/** One workflow step: submit, return (with comments), approve, publish, retract (with a reason). */
export const transitionAction = defineAction(
  z.object({ id, action: z.enum(WORKFLOW_ACTIONS), input: transitionInputSchema }),
  async ({ id, action, input }) => {
    const actor = await requireActor();
    const result = await transitionDisclosure({ db: await getDb(), actor, id, action, input });
    revalidatePath(`/admin/disclosures/${id}`);
    revalidatePath("/admin");
    return result;
  },
);

/** The editor's answer to a reviewer's comment. */
export const answerCommentAction = defineAction(
  z.object({ id, commentId: z.number().int().positive(), answer: z.string().trim().min(1, "请填写答复").max(5000, "答复至多 5000 字") }),
  async ({ id, commentId, answer }) => {
    const actor = await requireActor();
    await answerComment({ db: await getDb(), actor, disclosureId: id, commentId, answer });
    revalidatePath(`/admin/disclosures/${id}`);
    return { commentId };
  },
);

/** "New disclosure for YEAR" for one of the editor's departments. */
export const newDisclosureAction = defineAction(newForYearSchema, async (input) => {
  const actor = await requireActor();
  const created = await newDisclosureForYear({ db: await getDb(), actor, input });
  revalidatePath("/admin");
  return created;
});

/** A correction of a published disclosure: a new draft revision with a public reason. */
export const startCorrectionAction = defineAction(
  z.object({ id, reason: z.string().trim().min(1, "请填写更正原因，原因将向公众公开").max(2000, "更正原因至多 2000 字") }),
  async ({ id, reason }) => {
    const actor = await requireActor({ roles: ["editor"] });
    const created = await startCorrection({ db: await getDb(), actor, id, reason });
    revalidatePath("/admin");
    return created;
  },
);
