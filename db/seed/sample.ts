import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { departments, users } from "../schema";
import { ensureAuthSecret, readMeta, ensureMeta } from "../queries/app-meta";
import { demoAccountsEnabled } from "@/lib/env";
import { sampleDepartments, demoAccounts } from "../sample/accounts";
import { findDepartmentsByKeys, findDistricts, insertUser } from "../queries/users";
import { hashPassword } from "@/lib/auth/password";

/**
 * Sample data for a fresh installation: the departments of the sample disclosures, loaded
 * once; and, where enabled (development, or DEMO_ACCOUNTS=true), one demo account per role.
 */
export async function loadSampleData(db: Db): Promise<void> {
  await ensureAuthSecret(db);
  if (!(await readMeta({ db, key: "sample_data_loaded" }))) {
    await db.transaction(async (tx) => {
      await tx.insert(departments).values(sampleDepartments).onConflictDoNothing();
    });
    await ensureMeta({ db, key: "sample_data_loaded", value: new Date().toISOString() });
  }
  if (demoAccountsEnabled()) await loadDemoAccounts(db);
}

async function loadDemoAccounts(db: Db): Promise<void> {
  const existing = await db.select({ email: users.email }).from(users).where(sql`${users.email} like '%@demo.invalid'`);
  const have = new Set(existing.map((u) => u.email));
  for (const account of demoAccounts.filter((a) => !have.has(a.email))) {
    const depts = await findDepartmentsByKeys({ db, keys: account.departments });
    const dists = await findDistricts({ db, refs: account.districts });
    const passwordHash = await hashPassword(account.password);
    await db.transaction((tx) =>
      insertUser({
        tx,
        user: { ...account, passwordHash, departmentIds: depts.found.map((d) => d.id), districtCodes: dists.found.map((d) => d.code) },
      }),
    );
  }
}
