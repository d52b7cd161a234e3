import { getDb } from "@/db/client";
import { EXPORT_LIMIT, listPublishedDisclosuresForExport } from "@/db/queries/public-disclosures";
import { disclosureListQuerySchema } from "@/lib/disclosure/list-query";
import { attachment } from "@/lib/http/content-disposition";
import { HttpProblem } from "@/lib/http/problem";
import { siteOrigin } from "@/lib/http/public-origin";
import { apiRoute } from "@/lib/http/route";
import { searchResultsCsv } from "@/lib/search/results-csv";

/** GET /search/results.csv?q=&district=&year=&kind=&department=&sort=: the results of /search, the first EXPORT_LIMIT of them. */
export const GET = apiRoute(async (req) => {
  const url = new URL(req.url);
  const parsed = disclosureListQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) throw new HttpProblem(400, `检索条件有误：${parsed.error.issues.map((i) => i.message).join("；")}`);
  const { total, items } = await listPublishedDisclosuresForExport({ db: await getDb(), query: parsed.data });
  const body = searchResultsCsv({ items, total, limit: EXPORT_LIMIT, origin: siteOrigin });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachment(parsed.data.q ? `检索结果-${parsed.data.q}.csv` : "检索结果.csv", "search-results.csv"),
      "Cache-Control": "public, max-age=60",
    },
  });
});
