import "server-only";
import type { Db } from "@/db/client";
import { findDisclosureRecord } from "@/db/queries/disclosure-read";
import { AccessDenied } from "@/lib/auth/access-denied";
import { type Actor, canReadDepartment } from "@/lib/auth/scope";
import { isUuid } from "@/lib/uuid";

/**
 * A disclosure the actor may see, whatever id they send: one outside their scope answers
 * exactly as one that does not exist (404), so that ids reveal nothing.
 */
export async function loadForActor({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const record = isUuid(id) ? await findDisclosureRecord({ db, id }) : undefined;
  if (!record || !canReadDepartment(actor, { id: record.department.id, districtCode: record.department.districtCode })) {
    throw new AccessDenied(404, "没有找到该文件，或您无权查看。");
  }
  return record;
}
