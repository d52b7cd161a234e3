import { getDb } from "@/db/client";
import { ROW_SEARCH_DOWNLOAD_MAX, searchRows } from "@/db/queries/row-search";
import { attachment } from "@/lib/http/content-disposition";
import { apiRoute, readQuery } from "@/lib/http/route";
import { rowSearchCsv } from "@/lib/rows/csv";
import { requireRow, rowSearchQuerySchema } from "@/lib/rows/query";

/** GET /api/v1/rows.csv: what GET /api/v1/rows finds, in its order, every page at once (up to ROW_SEARCH_DOWNLOAD_MAX rows). */
export const GET = apiRoute(async (req) => {
  const query = requireRow(readQuery(req, rowSearchQuerySchema));
  const { total, items } = await searchRows({ db: await getDb(), query: { ...query, page: 1, pageSize: ROW_SEARCH_DOWNLOAD_MAX } });
  const subject = query.code ?? query.q ?? "";
  return new Response(rowSearchCsv({ items, total }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachment(`按科目查询-${subject}.csv`, "rows.csv"),
      "Cache-Control": "public, max-age=60",
    },
  });
});
