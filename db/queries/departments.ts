import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { departments, disclosures, districts } from "../schema";

/** A department by its DISTRICTCODE-CODE key, with its district's name. */
export async function findDepartmentByKey({ db, key }: { db: Db; key: string }) {
  const [districtCode, code] = key.split("-");
  if (!districtCode || !code) return undefined;
  const [row] = await db
    .select({ department: departments, districtName: districts.name })
    .from(departments)
    .innerJoin(districts, eq(districts.code, departments.districtCode))
    .where(and(eq(departments.districtCode, districtCode), eq(departments.code, code)))
    .limit(1);
  return row;
}

/** The current published disclosure of a department for a year and kind. */
export async function findPublishedDisclosure({ db, departmentId, year, kind }: { db: Db; departmentId: number; year: number; kind: "budget" | "final" }) {
  const [row] = await db
    .select({ id: disclosures.id })
    .from(disclosures)
    .where(and(eq(disclosures.departmentId, departmentId), eq(disclosures.year, year), eq(disclosures.kind, kind), eq(disclosures.status, "published")))
    .orderBy(desc(disclosures.revision))
    .limit(1);
  return row;
}
