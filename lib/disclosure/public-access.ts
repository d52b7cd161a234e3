import "server-only";
import type { Db } from "@/db/client";
import { findDisclosureRecord } from "@/db/queries/disclosure-read";
import { HttpProblem } from "@/lib/http/problem";
import { isUuid } from "@/lib/uuid";

/** Statuses the public may read: the current publication and the revisions it replaced. */
export const PUBLIC_STATUSES = ["published", "superseded"] as const;

export const isPublicStatus = (status: string | null | undefined) => (PUBLIC_STATUSES as readonly (string | null | undefined)[]).includes(status);

/** What the public is told of a disclosure that is not public, or of an id nobody has. */
export const notPublic = () => new HttpProblem(404, "没有找到该公开文件。");

/**
 * A disclosure as the public may see it. A draft, submitted, returned or approved one does not
 * exist for the public (404); a retracted one answers 410 with only its public reason.
 */
export async function loadPublicDisclosure({ db, id }: { db: Db; id: string }) {
  const record = isUuid(id) ? await findDisclosureRecord({ db, id }) : undefined;
  const status = record?.disclosure.status;
  if (status === "retracted") {
    throw new HttpProblem(410, "该文件已撤回。", { reason: record!.disclosure.retractionReason });
  }
  if (!record || !isPublicStatus(status)) {
    throw notPublic();
  }
  return record;
}
