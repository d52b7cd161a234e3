import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { departments, disclosures, districts } from "../schema";
import type { Actor } from "@/lib/auth/scope";
import { departmentScope } from "./scope";

/** The departments in the actor's scope, with their district. */
export async function listScopeDepartments({ db, actor, limit = 500 }: { db: Db; actor: Actor; limit?: number }) {
  const rows = await db
    .select({ id: departments.id, code: departments.code, name: departments.name, districtCode: districts.code, districtName: districts.name })
    .from(departments)
    .innerJoin(districts, eq(districts.code, departments.districtCode))
    .where(departmentScope(actor))
    .orderBy(asc(districts.code), asc(departments.code))
    .limit(limit);
  return rows.map((r) => ({ ...r, key: `${r.districtCode}-${r.code}` }));
}

/** The disclosures, in any status, of the departments in the actor's scope. */
export async function listScopeDisclosures({ db, actor, limit = 200 }: { db: Db; actor: Actor; limit?: number }) {
  return db
    .select({
      id: disclosures.id,
      title: disclosures.title,
      year: disclosures.year,
      kind: disclosures.kind,
      status: disclosures.status,
      revision: disclosures.revision,
      version: disclosures.version,
      updatedAt: disclosures.updatedAt,
      findings: disclosures.findings,
      departmentName: departments.name,
      departmentCode: departments.code,
      districtCode: departments.districtCode,
      districtName: districts.name,
    })
    .from(disclosures)
    .innerJoin(departments, eq(departments.id, disclosures.departmentId))
    .innerJoin(districts, eq(districts.code, departments.districtCode))
    .where(departmentScope(actor))
    .orderBy(desc(disclosures.year), asc(departments.districtCode), asc(departments.code))
    .limit(limit);
}
