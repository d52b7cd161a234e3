import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { listPublishedDisclosures } from "@/db/queries/public-disclosures";
import { disclosureListQuerySchema } from "@/lib/disclosure/list-query";

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
  return NextResponse.json(result, { headers: { "Cache-Control": "public, max-age=60" } });
}
