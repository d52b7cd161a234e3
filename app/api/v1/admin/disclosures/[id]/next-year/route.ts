import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/guard";
import { newDisclosureForNextYear } from "@/lib/disclosure/new-for-year";
import { apiRoute } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

/**
 * POST /api/v1/admin/disclosures/{id}/next-year: next year's draft from the published disclosure
 * {id} of one of the caller's departments, its projects, targets and narrative carried over to be
 * confirmed → 201 `{ id, version }`; 409 when next year already has a version in progress.
 */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const actor = await requireActor({ request, roles: ["editor"] });
  const created = await newDisclosureForNextYear({ db: await getDb(), actor, id: (await params).id });
  return NextResponse.json({ id: created.id, version: created.version }, { status: 201, headers: { Location: `/api/v1/admin/disclosures/${created.id}` } });
});
