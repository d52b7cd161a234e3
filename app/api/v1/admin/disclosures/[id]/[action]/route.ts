import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { requireActor } from "@/lib/auth/guard";
import { transitionDisclosure, transitionInputSchema } from "@/lib/disclosure/transition";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/disclosure/workflow";
import { HttpProblem } from "@/lib/http/problem";
import { apiRoute, readJson } from "@/lib/http/route";

type Context = { params: Promise<{ id: string; action: string }> };

/**
 * POST /api/v1/admin/disclosures/{id}/{submit|return|approve|publish|retract}, with an optional
 * body `{ comment, comments, reason, override }`; 422 `{ error, findings }` while errors block.
 */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const { id, action } = await params;
  if (!WORKFLOW_ACTIONS.includes(action as WorkflowAction)) throw new HttpProblem(404, `没有“${action}”这一操作。`);
  const actor = await requireActor({ request });
  const input = await readJson(request, transitionInputSchema, { optional: true });
  const result = await transitionDisclosure({ db: await getDb(), actor, id, action: action as WorkflowAction, input });
  return NextResponse.json({ id, ...result });
});
