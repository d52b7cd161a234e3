import "server-only";
import type { Db } from "@/db/client";
import { readDisclosureDocument } from "@/db/queries/disclosure-read";
import { AccessDenied } from "@/lib/auth/access-denied";
import { type Actor, canEditDepartment } from "@/lib/auth/scope";
import { HttpProblem } from "@/lib/http/problem";
import { loadForActor } from "./access";
import { createDisclosure } from "./create";

/**
 * A published disclosure is never edited: its department's editor starts a correction, a new
 * revision copied from it, which goes through review again. The reason is shown to the public.
 */
export async function startCorrection({ db, actor, id, reason }: { db: Db; actor: Actor; id: string; reason: string }) {
  const record = await loadForActor({ db, actor, id });
  if (!canEditDepartment(actor, record.department)) throw new AccessDenied(403, "只有本部门的预算公开联系人可以更正该文件。");
  if (record.disclosure.status !== "published") {
    throw new HttpProblem(409, "只有现行公开的版本可以更正；已被取代或撤回的版本请从现行版本更正。");
  }
  const doc = await readDisclosureDocument({ db, record });
  return createDisclosure({ db, doc, actor, source: `更正第 ${record.disclosure.revision} 版`, revisionReason: reason });
}
