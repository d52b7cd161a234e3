"use server";

import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { feedbackKeys } from "@/db/queries/feedback-keys";
import { acceptFeedback } from "@/db/queries/feedback-submit";
import { defineAction } from "@/lib/actions/define-action";
import { checkFormToken, SPAM_REFUSALS } from "@/lib/feedback/form-token";
import { feedbackFormSchema } from "@/lib/feedback/schema";
import { clientAddress } from "@/lib/http/client-address";
import { HttpProblem } from "@/lib/http/problem";

/**
 * The public feedback form: anyone, no sign-in. Refused when the honeypot is filled or the
 * form's time token is forged, stale or younger than 3 s; then exactly as POST /api/v1/feedback
 * (the same checks and the same rate limit per client address).
 */
export const submitFeedbackAction = defineAction(feedbackFormSchema, async ({ formToken, website, ...input }) => {
  if (website) throw new HttpProblem(400, SPAM_REFUSALS.honeypot);
  const db = await getDb();
  const verdict = checkFormToken({ token: formToken, key: (await feedbackKeys({ db })).formToken, now: Date.now() });
  if (!verdict.ok) throw new HttpProblem(400, SPAM_REFUSALS[verdict.reason]);
  const created = await acceptFeedback({ db, input, address: clientAddress(await headers()) });
  return { trackingCode: created.trackingCode };
});
