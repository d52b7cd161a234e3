import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { listPublishedDisclosures } from "@/db/queries/public-disclosures";
import { disclosureListQuerySchema } from "@/lib/disclosure/list-query";
import { bodyEtag, cacheHeaders, notModified } from "@/lib/http/etag";
import { KEEP_HEADER } from "@/lib/http/front-cache.mjs";

/**
 * A list may be a minute old: it changes with any publication anywhere, so a validator known
 * without running the search would itself be a query over every disclosure. Each item's own
 * answer revalidates every time, so a retracted one answers 410 as soon as it is followed. The
 * ETag over the result spares a client that asks again the transfer, not the search.
 */
const LIST_CACHING = "public, max-age=60";

/** GET /api/v1/disclosures: the published disclosures, filtered and paged (DESIGN.md §6). */
export async function GET(req: NextRequest) {
  const parsed = disclosureListQuerySchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) {
    return NextResponse.json(
      { error: "查询参数有误", issues: parsed.error.issues.map((i) => ({ parameter: i.path.join("."), message: i.message })) },
      { status: 400 },
    );
  }
  const result = await listPublishedDisclosures({ db: await getDb(), query: parsed.data, withFacets: parsed.data.facets === "1" });
  const body = JSON.stringify(result);
  const headers = cacheHeaders(bodyEtag(body), LIST_CACHING);
  // it changes only with a publication, which empties the cache in front of Next.js
  return notModified(req, headers) ?? new NextResponse(body, { headers: { ...headers, "Content-Type": "application/json", [KEEP_HEADER]: "keep" } });
}
