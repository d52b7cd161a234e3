import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { readDisclosureDocument } from "@/db/queries/disclosure-read";
import { loadPublicDisclosure } from "@/lib/disclosure/public-access";
import { apiRoute } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/disclosures/{id}: a published disclosure as budget-disclosure/v1, with its findings. */
export const GET = apiRoute<Context>(async (_request, { params }) => {
  const db = await getDb();
  const record = await loadPublicDisclosure({ db, id: (await params).id });
  const doc = await readDisclosureDocument({ db, record });
  return NextResponse.json({ ...doc, findings: record.disclosure.findings }, { headers: { "Cache-Control": "public, max-age=60" } });
});
