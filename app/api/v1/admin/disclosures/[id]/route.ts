import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { readDisclosureDocument } from "@/db/queries/disclosure-read";
import { requireActor } from "@/lib/auth/guard";
import { loadForActor } from "@/lib/disclosure/access";
import { saveDisclosure } from "@/lib/disclosure/save";
import { disclosureDocumentSchema } from "@/lib/disclosure/schema";
import { HttpProblem } from "@/lib/http/problem";
import { apiRoute, readJson } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

/** GET: the document (budget-disclosure/v1) with its id, status and version. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const actor = await requireActor({ request });
  const db = await getDb();
  const record = await loadForActor({ db, actor, id: (await params).id });
  const doc = await readDisclosureDocument({ db, record });
  const d = record.disclosure;
  return NextResponse.json(
    { id: d.id, status: d.status, version: d.version, revision: d.revision, ...doc, findings: d.findings },
    { headers: { ETag: `"${d.version}"` } },
  );
});

/** `If-Match: 3`, `"3"` or `W/"3"` → 3 */
function versionOf(request: Request): number {
  const header = request.headers.get("if-match");
  if (!header) throw new HttpProblem(428, "保存须在 If-Match 请求头中给出所依据的版本号。");
  const version = Number(/^(?:W\/)?"?(\d+)"?$/.exec(header.trim())?.[1]);
  if (!Number.isSafeInteger(version)) throw new HttpProblem(400, `If-Match 请求头“${header}”不是版本号。`);
  return version;
}

/** PUT with If-Match: VERSION → 200 with the new version, 409 when another save came first. */
export const PUT = apiRoute<Context>(async (request, { params }) => {
  const actor = await requireActor({ request });
  const baseVersion = versionOf(request);
  const doc = await readJson(request, disclosureDocumentSchema);
  const { version, findings } = await saveDisclosure({ db: await getDb(), actor, id: (await params).id, baseVersion, doc });
  return NextResponse.json({ id: (await params).id, version, findings }, { headers: { ETag: `"${version}"` } });
});
