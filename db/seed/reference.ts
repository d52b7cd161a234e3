import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { districts } from "../schema";
import districtsFile from "../reference/districts.json";

/** The 38 districts and counties of Chongqing (GB/T 2260), kept current on every start. */
export async function loadReferenceData(db: Db): Promise<void> {
  await db
    .insert(districts)
    .values(districtsFile.districts.map((d) => ({ code: d.code, name: d.name, type: d.type })))
    .onConflictDoUpdate({ target: districts.code, set: { name: sql`excluded.name`, type: sql`excluded.type` } });
}
