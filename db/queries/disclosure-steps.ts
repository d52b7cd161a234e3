import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { disclosureSteps, users } from "../schema";

/** The workflow steps taken on a disclosure, oldest first, with the name of who took each. */
export async function listSteps({ db, disclosureId }: { db: Db; disclosureId: string }) {
  return db
    .select({
      id: disclosureSteps.id,
      action: disclosureSteps.action,
      actor: users.name,
      errors: disclosureSteps.errors,
      warnings: disclosureSteps.warnings,
      override: disclosureSteps.override,
      createdAt: disclosureSteps.createdAt,
    })
    .from(disclosureSteps)
    .innerJoin(users, eq(users.id, disclosureSteps.actorId))
    .where(eq(disclosureSteps.disclosureId, disclosureId))
    .orderBy(asc(disclosureSteps.createdAt), asc(disclosureSteps.id));
}
