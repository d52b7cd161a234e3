"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { findDisclosureRecord } from "@/db/queries/disclosure-read";
import { respondToFeedback } from "@/db/queries/feedback-item";
import { defineAction } from "@/lib/actions/define-action";
import { invalidate } from "@/lib/cache/invalidate";
import { requireActor } from "@/lib/auth/guard";
import { feedbackChangeSchema } from "@/lib/feedback/schema";

/** Acknowledge, answer, publish or withdraw the answer of, or close a feedback (editor of its department, or admin). */
export const updateFeedbackAction = defineAction(
  z.object({ id: z.uuid("意见编号有误"), change: feedbackChangeSchema }),
  async ({ id, change }) => {
    const actor = await requireActor({ roles: ["editor", "admin"] });
    const db = await getDb();
    const result = await respondToFeedback({ db, actor, id, change });
    revalidatePath(`/admin/inbox/${id}`);
    revalidatePath("/admin/inbox");
    const about = result.disclosureId ? await findDisclosureRecord({ db, id: result.disclosureId }) : undefined;
    if (about) {
      const { departmentId, year, kind } = about.disclosure;
      await invalidate({ db, change: { kind: "feedback-answer", revisions: { departmentId, year, kind } } });
    }
    revalidatePath(`/feedback/${result.trackingCode}`);
    return { status: result.status };
  },
);
