import { answerBody, publicAnswer } from "@/lib/disclosure/public-answer";
import { disclosureCsv } from "@/lib/export/csv";
import { disclosureXlsx } from "@/lib/export/xlsx";
import { cacheHeaders, notModified } from "@/lib/http/etag";
import { HttpProblem } from "@/lib/http/problem";
import { apiRoute } from "@/lib/http/route";

type Context = { params: Promise<{ id: string; file: string }> };

const TYPES = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** GET /api/v1/disclosures/{id}/export.{json,csv,xlsx}: a published disclosure to take away. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const { id, file } = await params;
  const format = /^export\.(json|csv|xlsx)$/.exec(file)?.[1] as keyof typeof TYPES | undefined;
  if (!format) throw new HttpProblem(404, "可下载的格式为 export.json、export.csv 与 export.xlsx。");
  const answer = await publicAnswer({
    id,
    representation: `export.${format}`,
    build: async (doc) => (format === "json" ? JSON.stringify(doc, null, 2) : format === "csv" ? disclosureCsv(doc) : new Uint8Array(await disclosureXlsx(doc))),
  });
  const headers = cacheHeaders(answer.etag);
  const unchanged = notModified(request, headers);
  if (unchanged) return unchanged;
  const name = `${answer.title}${answer.revision > 1 ? `-第${answer.revision}版` : ""}.${format}`;
  return new Response(answerBody(answer), {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="disclosure.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      ...headers,
    },
  });
});
