import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { insertToken } from "@/db/queries/api-tokens";
import * as schema from "@/db/schema";
import { actorOfToken, generateToken } from "@/lib/auth/api-tokens";
import type { Actor } from "@/lib/auth/scope";
import { createUser } from "@/lib/users/create-user";

export const PASSWORD = "Accounts#2026";

/** The people the integration tests act as: two departments of two districts, their reviewers, an admin. */
export const ACCOUNTS = {
  editorA: { role: "editor", departments: ["500109-134"] },
  editorB: { role: "editor", departments: ["500108-236"] },
  reviewerBeibei: { role: "reviewer", districts: ["北碚区"] },
  reviewerNanan: { role: "reviewer", districts: ["南岸区"] },
  admin: { role: "admin" },
} satisfies Record<string, { role: "editor" | "reviewer" | "admin"; departments?: string[]; districts?: string[] }>;
export type AccountName = keyof typeof ACCOUNTS;

/** Creates every account (emails under `domain`) with an API token; answers the tokens, actors and user ids. */
export async function createAccounts({ db, domain }: { db: Db; domain: string }) {
  const tokens = {} as Record<AccountName, string>;
  const actors = {} as Record<AccountName, Actor>;
  const userIds = {} as Record<AccountName, number>;
  for (const [name, a] of Object.entries(ACCOUNTS) as [AccountName, (typeof ACCOUNTS)[AccountName]][]) {
    const user = await createUser({ db, actor: null, input: { email: `${name}@${domain}`, name, password: PASSWORD, ...a } });
    const t = generateToken();
    await db.transaction((tx) => insertToken({ tx, userId: user.id, name: "test", ...t }));
    tokens[name] = t.token;
    actors[name] = (await actorOfToken({ db, token: t.token }))!;
    userIds[name] = user.id;
  }
  return { tokens, actors, userIds };
}

/** The published sample disclosure of a department (district code and department code). */
export async function publishedOf({ db, districtCode, code }: { db: Db; districtCode: string; code: string }) {
  const [row] = await db
    .select({ id: schema.disclosures.id, departmentId: schema.disclosures.departmentId })
    .from(schema.disclosures)
    .innerJoin(schema.departments, eq(schema.departments.id, schema.disclosures.departmentId))
    .where(and(eq(schema.departments.districtCode, districtCode), eq(schema.departments.code, code), eq(schema.disclosures.status, "published")));
  return row!;
}
