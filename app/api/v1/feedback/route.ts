import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { acceptFeedback } from "@/db/queries/feedback-submit";
import { feedbackInputSchema } from "@/lib/feedback/schema";
import { clientAddress } from "@/lib/http/client-address";
import { HttpProblem } from "@/lib/http/problem";
import { BODY_LIMITS } from "@/lib/http/read-body";
import { apiRoute, readJson } from "@/lib/http/route";

/**
 * POST /api/v1/feedback: anyone's feedback, as JSON of the form's fields (lib/feedback/schema.ts),
 * at most 64 KB (413 past it).
 * 201 `{ id, trackingCode, trackingUrl }`; 400 `{ error, problems: [{ field, message }] }`;
 * 429 `{ error, retryAfter }` with Retry-After once a client address had its accepted
 * submissions of the window (the form's time token and honeypot are the form's own).
 */
export const POST = apiRoute(async (req: Request) => {
  const input = await readJson(req, feedbackInputSchema, { maxBytes: BODY_LIMITS.feedback });
  try {
    const created = await acceptFeedback({ db: await getDb(), input, address: clientAddress(req.headers) });
    const trackingUrl = `/feedback/${created.trackingCode}`;
    return NextResponse.json({ id: created.id, trackingCode: created.trackingCode, trackingUrl }, { status: 201, headers: { Location: trackingUrl } });
  } catch (e) {
    if (e instanceof HttpProblem && e.status === 429) {
      return NextResponse.json({ error: e.message, ...e.details }, { status: 429, headers: { "Retry-After": String(e.details.retryAfter) } });
    }
    throw e;
  }
});
