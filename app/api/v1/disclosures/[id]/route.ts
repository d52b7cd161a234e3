import { answerBody, publicAnswer } from "@/lib/disclosure/public-answer";
import { cacheHeaders, notModified } from "@/lib/http/etag";
import { KEEP_HEADER } from "@/lib/http/front-cache.mjs";
import { apiRoute } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/disclosures/{id}: a published disclosure as budget-disclosure/v1, with its findings. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const answer = await publicAnswer({ id: (await params).id, representation: "document", build: (doc) => JSON.stringify(doc) });
  const headers = cacheHeaders(answer.etag);
  // it changes only with a publication, retraction or correction, which empty the cache in front of Next.js
  return notModified(request, headers) ?? new Response(answerBody(answer), { headers: { "Content-Type": "application/json", ...headers, [KEEP_HEADER]: "keep" } });
});
