import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { readDisclosureDocument } from "@/db/queries/disclosure-read";
import { loadPublicDisclosure } from "@/lib/disclosure/public-access";
import { cacheHeaders, disclosureEtag, notModified } from "@/lib/http/etag";
import { apiRoute } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/disclosures/{id}: a published disclosure as budget-disclosure/v1, with its findings. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const db = await getDb();
  const record = await loadPublicDisclosure({ db, id: (await params).id });
  const headers = cacheHeaders(disclosureEtag(record, "document"));
  const unchanged = notModified(request, headers);
  if (unchanged) return unchanged;
  const doc = await readDisclosureDocument({ db, record });
  return NextResponse.json({ ...doc, findings: record.disclosure.findings }, { headers });
});
