import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { listScopeDisclosures } from "@/db/queries/admin-overview";
import { requireActor } from "@/lib/auth/guard";
import { createDisclosure } from "@/lib/disclosure/create";
import { disclosureDocumentSchema } from "@/lib/disclosure/schema";
import { scopeListQuerySchema } from "@/lib/disclosure/scope-list-query";
import { apiRoute, readJson, readQuery } from "@/lib/http/route";

/**
 * GET /api/v1/admin/disclosures?status=&year=&district=&department=&page=&pageSize=: the
 * disclosures, in any status, that the caller may see, a page at a time (`status=todo`: what
 * waits for the caller's role), with the total and the count of each status.
 */
export const GET = apiRoute(async (request) => {
  const actor = await requireActor({ request });
  const query = readQuery(request, scopeListQuerySchema);
  const { total, counts, items } = await listScopeDisclosures({ db: await getDb(), actor, query });
  return NextResponse.json({
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
    items: items.map(({ findingsTotal, findingsErrors, departmentName, departmentCode, districtCode, districtName, ...d }) => ({
      ...d,
      district: districtName,
      department: { key: `${districtCode}-${departmentCode}`, code: departmentCode, name: departmentName },
      findings: { total: findingsTotal, errors: findingsErrors },
      url: `/api/v1/admin/disclosures/${d.id}`,
    })),
  });
});

const createSchema = disclosureDocumentSchema.extend({
  /** a new revision of a published disclosure states why, in public */
  revisionReason: z.string().trim().max(2000).optional(),
});

/** POST /api/v1/admin/disclosures: a new draft of one of the caller's departments. */
export const POST = apiRoute(async (request) => {
  const actor = await requireActor({ request, roles: ["editor"] });
  const { revisionReason, ...doc } = await readJson(request, createSchema);
  const created = await createDisclosure({ db: await getDb(), doc, actor, source: "接口提交的文件", revisionReason });
  return NextResponse.json({ id: created.id, version: created.version, revision: created.revision }, { status: 201, headers: { Location: `/api/v1/admin/disclosures/${created.id}` } });
});
