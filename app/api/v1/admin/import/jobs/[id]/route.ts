import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/guard";
import { apiRoute } from "@/lib/http/route";
import { BATCH_ROLES, jobJson, loadJobForActor } from "@/lib/imports/job-access";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/admin/import/jobs/{id}: a batch import's progress and each file's result. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const actor = await requireActor({ request, roles: BATCH_ROLES });
  const view = await loadJobForActor({ db: await getDb(), actor, id: (await params).id });
  return NextResponse.json(jobJson(view), { headers: { "Cache-Control": "no-store" } });
});
