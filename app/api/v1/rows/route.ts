import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { searchRows } from "@/db/queries/row-search";
import { KEEP_HEADER } from "@/lib/http/front-cache.mjs";
import { apiRoute, readQuery } from "@/lib/http/route";
import { requireRow, rowSearchQuerySchema } from "@/lib/rows/query";

/** GET /api/v1/rows: one 科目 across every department's published disclosures (README, Public API). */
export const GET = apiRoute(async (req) => {
  const query = requireRow(readQuery(req, rowSearchQuerySchema));
  const { total, items } = await searchRows({ db: await getDb(), query });
  return NextResponse.json({ total, items }, { headers: { "Cache-Control": "public, max-age=60", [KEEP_HEADER]: "keep" } });
});
