import fs from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { users } from "../schema";
import { ensureAuthSecret, ensureMeta, readMeta } from "../queries/app-meta";
import { findDepartmentsByKeys, findDistricts, insertUser } from "../queries/users";
import { demoAccounts } from "../sample/accounts";
import { demoAccountsEnabled } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { importTextDocument } from "@/lib/documents";
import { createDisclosure } from "@/lib/disclosure/create";

const SAMPLE_DIR = path.join(process.cwd(), "db", "sample", "disclosures");

/**
 * Sample data for a fresh installation, loaded once: the real disclosures in db/sample, imported
 * and published so that the archive is never empty (their departments come with them). And,
 * where enabled (next dev, or DEMO_ACCOUNTS=true), one demo account per role.
 */
export async function loadSampleData(db: Db): Promise<void> {
  await ensureAuthSecret(db);
  if (!(await readMeta({ db, key: "sample_data_loaded" }))) {
    const files = (await fs.readdir(SAMPLE_DIR)).filter((f) => f.endsWith(".txt")).sort();
    for (const fileName of files) {
      const bytes = new Uint8Array(await fs.readFile(path.join(SAMPLE_DIR, fileName)));
      const doc = importTextDocument(bytes, fileName);
      const file = { bytes, source: doc.source!, importFindings: (doc.findings ?? []).filter((f) => f.rule === "I1") };
      await createDisclosure({ db, doc, status: "published", actor: null, origin: "示例数据", source: `示例文件 ${fileName}`, file });
    }
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
