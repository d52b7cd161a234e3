import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { readDisclosureDocument } from "@/db/queries/disclosure-read";
import { newFormToken } from "@/db/queries/feedback-keys";
import { loadPublicDisclosure } from "@/lib/disclosure/public-access";
import { tableChoices } from "@/lib/feedback/table-choices";
import { apiRoute } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

/**
 * GET /api/v1/disclosures/{id}/feedback-options: what the feedback form of a public disclosure
 * page loads when it opens — the tables and rows a feedback may name, and the form's time token,
 * stamped now (so the page itself stays the same for everyone and can be cached).
 */
export const GET = apiRoute<Context>(async (_request, { params }) => {
  const db = await getDb();
  const record = await loadPublicDisclosure({ db, id: (await params).id });
  const [doc, formToken] = await Promise.all([readDisclosureDocument({ db, record }), newFormToken({ db })]);
  return NextResponse.json({ formToken, tables: tableChoices(doc) }, { headers: { "Cache-Control": "no-store" } });
});
