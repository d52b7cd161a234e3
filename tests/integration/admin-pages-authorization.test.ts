import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import * as schema from "@/db/schema";
import { AccessDenied } from "@/lib/auth/access-denied";
import { createDisclosure } from "@/lib/disclosure/create";
import { importTextDocument } from "@/lib/documents";
import { createImportJob } from "@/lib/imports/create-job";
import { type AccountName, createAccounts, publishedOf } from "./accounts";
import { databaseDigest } from "./db-digest";
import { sessionCookie } from "./session-cookie";
import { setUpTestDatabase } from "./test-db";

// A page reads its visitor through next/headers: here the session cookie of each account in turn.
const request = vi.hoisted(() => ({ cookie: null as { name: string; value: string } | null }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: (name: string) => (request.cookie?.name === name ? request.cookie : undefined) }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

type Who = AccountName | "anonymous";
type Outcome = "sign-in" | "refused" | "shown";

let handle: DbHandle;
let tearDown: () => Promise<void>;
const cookies = {} as Record<AccountName, { name: string; value: string }>;
const ids = { draft: "", job: "", feedback: "", adminUser: 0 };

beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  const { actors, userIds } = await createAccounts({ db: handle.db, domain: "pages.invalid" });
  for (const who of Object.keys(actors) as AccountName[]) cookies[who] = await sessionCookie({ db: handle.db, email: `${who}@pages.invalid` });
  const sample = fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt");
  ids.draft = (await createDisclosure({ db: handle.db, doc: { ...importTextDocument(new Uint8Array(sample), "s.txt"), year: 2041 }, actor: actors.editorA, source: "test" })).id;
  ids.job = (await createImportJob({ db: handle.db, actor: actors.editorA, uploads: [{ path: "s.txt", fileName: "s.txt", bytes: sample }] })).id;
  const { id: disclosureId, departmentId } = await publishedOf({ db: handle.db, districtCode: "500109", code: "134" });
  const [fb] = await handle.db
    .insert(schema.feedback)
    .values({ trackingCode: "PAGES001", departmentId, disclosureId, category: "data_error", message: "合计不对", clientKey: "test" })
    .returning({ id: schema.feedback.id });
  ids.feedback = fb!.id;
  ids.adminUser = userIds.admin;
}, 120_000);
afterAll(() => tearDown());

const none = { searchParams: Promise.resolve({}) };
const page = async (file: string, props: object) => ((await import(`@/${file}`)) as { default: (p: object) => Promise<unknown> }).default({ ...none, ...props });
const ADMINS: Who[] = ["admin"];
const EVERYONE: Who[] = ["admin", "editorA", "editorB", "reviewerBeibei", "reviewerNanan"];

/** Every page of the admin area: who may see it (the rest are refused), and how it is opened. */
const PAGES: Record<string, { shown: Who[]; open: (file: string) => Promise<unknown> }> = {
  "app/admin/page.tsx": { shown: EVERYONE, open: (f) => page(f, {}) },
  "app/admin/audit/page.tsx": { shown: ADMINS, open: (f) => page(f, {}) },
  "app/admin/departments/page.tsx": { shown: ADMINS, open: (f) => page(f, {}) },
  "app/admin/departments/new/page.tsx": { shown: ADMINS, open: (f) => page(f, {}) },
  "app/admin/departments/[key]/page.tsx": { shown: ADMINS, open: (f) => page(f, { params: Promise.resolve({ key: "500109-134" }) }) },
  "app/admin/districts/page.tsx": { shown: ADMINS, open: (f) => page(f, {}) },
  "app/admin/tokens/page.tsx": { shown: ADMINS, open: (f) => page(f, {}) },
  "app/admin/users/page.tsx": { shown: ADMINS, open: (f) => page(f, {}) },
  "app/admin/users/new/page.tsx": { shown: ADMINS, open: (f) => page(f, {}) },
  "app/admin/users/[id]/page.tsx": { shown: ADMINS, open: (f) => page(f, { params: Promise.resolve({ id: String(ids.adminUser) }) }) },
  // the department's draft: its editor, its district's reviewer, the admin
  "app/admin/disclosures/[id]/page.tsx": { shown: ["admin", "editorA", "reviewerBeibei"], open: (f) => page(f, { params: Promise.resolve({ id: ids.draft }) }) },
  "app/admin/import/page.tsx": { shown: ["admin", "editorA", "editorB"], open: (f) => page(f, {}) },
  "app/admin/import/batch/page.tsx": { shown: ["admin", "editorA", "editorB"], open: (f) => page(f, {}) },
  // the batch editorA started
  "app/admin/import/batch/[id]/page.tsx": { shown: ["admin", "editorA"], open: (f) => page(f, { params: Promise.resolve({ id: ids.job }) }) },
  "app/admin/inbox/page.tsx": { shown: EVERYONE, open: (f) => page(f, {}) },
  // feedback on the department's published disclosure
  "app/admin/inbox/[id]/page.tsx": { shown: ["admin", "editorA", "reviewerBeibei"], open: (f) => page(f, { params: Promise.resolve({ id: ids.feedback }) }) },
};

/** What a visitor gets: sent to sign in, refused (not found or 403), or the page. */
async function outcome(who: Who, file: string): Promise<Outcome> {
  request.cookie = who === "anonymous" ? null : cookies[who];
  try {
    await PAGES[file]!.open(file);
    return "shown";
  } catch (e) {
    const digest = String((e as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT") && digest.includes("/login?callbackUrl=")) return "sign-in";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404" || (e instanceof AccessDenied && e.status === 403)) return "refused";
    throw e;
  } finally {
    request.cookie = null;
  }
}

describe("every admin page", () => {
  it("is in the matrix", () => {
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.name === "page.tsx") found.push(file.split(path.sep).join("/"));
      }
    };
    walk("app/admin");
    expect(found.sort()).toEqual(Object.keys(PAGES).sort());
  });

  it("sends the anonymous to sign in, refuses those outside its role or scope, shows the rest; and changes nothing", async () => {
    const before = await databaseDigest(handle.db);
    const seen: string[] = [];
    const expected: string[] = [];
    for (const [file, { shown }] of Object.entries(PAGES)) {
      for (const who of ["anonymous", ...EVERYONE] as Who[]) {
        seen.push(`${file} ${who}: ${await outcome(who, file)}`);
        expected.push(`${file} ${who}: ${who === "anonymous" ? "sign-in" : shown.includes(who) ? "shown" : "refused"}`);
      }
    }
    expect(seen).toEqual(expected);
    expect(await databaseDigest(handle.db)).toEqual(before);
  }, 120_000);
});
