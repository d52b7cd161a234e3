import { getDb } from "@/db/client";
import { sourceFileOf } from "@/db/queries/disclosure-sources";
import { requireActor } from "@/lib/auth/guard";
import { loadForActor } from "@/lib/disclosure/access";
import { loadPublicDisclosure } from "@/lib/disclosure/public-access";
import type { DocumentSource } from "@/lib/disclosure/schema";
import { attachment } from "@/lib/http/content-disposition";
import { type CacheHeaders, cacheHeaders, disclosureEtag, notModified } from "@/lib/http/etag";
import { HttpProblem } from "@/lib/http/problem";
import { apiRoute } from "@/lib/http/route";
import { SOURCE_TYPES, textCharset } from "@/lib/imports/source-format";

type Context = { params: Promise<{ id: string }> };

/**
 * GET /api/v1/disclosures/{id}/source: the original file a disclosure was imported from (原文).
 * Anyone may download it once the disclosure is public (published or superseded); before that,
 * or after a retraction, only someone signed in whose scope covers the department — everyone
 * else is answered as for a disclosure that does not exist.
 */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const { id } = await params;
  const db = await getDb();
  let disclosureId: string;
  // a public original may be kept by shared caches, revalidated each time; any other is private
  let caching: CacheHeaders | { "Cache-Control": string };
  try {
    const record = await loadPublicDisclosure({ db, id });
    disclosureId = record.disclosure.id;
    const validated = cacheHeaders(disclosureEtag(record, "source"));
    const unchanged = notModified(request, validated);
    if (unchanged) return unchanged;
    caching = validated;
  } catch (refusal) {
    if (!(refusal instanceof HttpProblem) || (refusal.status !== 404 && refusal.status !== 410)) throw refusal;
    const actor = await requireActor({ request }).catch(() => null);
    if (!actor) throw refusal;
    disclosureId = (await loadForActor({ db, actor, id })).disclosure.id;
    caching = { "Cache-Control": "private, no-store" };
  }
  const file = await sourceFileOf({ db, disclosureId });
  if (!file) throw new HttpProblem(404, "该文件不是从原文导入的，没有可下载的原文。");
  const type = SOURCE_TYPES[file.format as DocumentSource["format"]] ?? { contentType: "application/octet-stream", extension: "bin" };
  const charset = file.format === "text" ? `; charset=${textCharset(file.content)}` : file.format === "json" ? "; charset=utf-8" : "";
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": type.contentType + charset,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": attachment(file.fileName, `source.${type.extension}`),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      ...caching,
    },
  });
});
