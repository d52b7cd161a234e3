import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import type { DbHandle } from "@/db/client";
import { departments } from "@/db/schema";
import { importTextDocument } from "@/lib/documents";
import * as document from "@/app/api/v1/disclosures/[id]/route";
import * as exported from "@/app/api/v1/disclosures/[id]/[file]/route";
import * as source from "@/app/api/v1/disclosures/[id]/source/route";
import * as list from "@/app/api/v1/disclosures/route";
import * as adminList from "@/app/api/v1/admin/disclosures/route";
import * as step from "@/app/api/v1/admin/disclosures/[id]/[action]/route";
import { createAccounts, publishedOf } from "./accounts";
import { apiCaller } from "./api-call";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;
const tokens: Record<string, string> = {};
const call = apiCaller(tokens);
// the 南岸区 sample, published at installation; it has warnings only, so its correction needs no 说明
const SAMPLE = "nanan-zwb-2024.txt";
const sample = importTextDocument(new Uint8Array(fs.readFileSync(`db/sample/disclosures/${SAMPLE}`)), SAMPLE);
let nanan: { id: string; departmentId: number };

beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
  Object.assign(tokens, (await createAccounts({ db: handle.db, domain: "etag.invalid" })).tokens);
  nanan = await publishedOf({ db: handle.db, districtCode: "500108", code: "236" });
});
afterAll(() => tearDown());

const ifNoneMatch = (etag?: string | null): Record<string, string> => (etag ? { "if-none-match": etag } : {});
const getDocument = (id: string, etag?: string | null) => call(document.GET, { params: { id }, headers: ifNoneMatch(etag) });
const getFile = (id: string, file: string, etag?: string | null) =>
  file === "source" ? call(source.GET, { params: { id }, headers: ifNoneMatch(etag) }) : call(exported.GET, { params: { id, file }, headers: ifNoneMatch(etag) });
const getList = (etag?: string | null) => list.GET(new NextRequest("http://portal.test/api/v1/disclosures?district=南岸区", { headers: ifNoneMatch(etag) }));

describe("a disclosure's public answers under a cache", () => {
  it("carry an ETag, are kept only with revalidation, and answer 304 without a body when nothing changed", async () => {
    for (const file of [null, "export.json", "export.csv", "export.xlsx", "source"]) {
      const first = file ? await getFile(nanan.id, file) : await getDocument(nanan.id);
      expect(first.status, file ?? "document").toBe(200);
      expect(first.headers.get("cache-control")).toBe("public, no-cache");
      const etag = first.headers.get("etag");
      expect(etag).toMatch(/^(W\/)?"[^"]+"$/);

      const again = file ? await getFile(nanan.id, file, etag) : await getDocument(nanan.id, etag);
      expect(again.status, file ?? "document").toBe(304);
      expect(again.headers.get("etag")).toBe(etag);
      expect(again.headers.get("cache-control")).toBe("public, no-cache");
      expect(await again.text()).toBe("");
    }
  });

  it("give every download its own ETag", async () => {
    const tags = await Promise.all(["export.json", "export.csv", "export.xlsx", "source"].map(async (f) => (await getFile(nanan.id, f)).headers.get("etag")));
    tags.push((await getDocument(nanan.id)).headers.get("etag"));
    expect(new Set(tags).size).toBe(5);
  });

  it("show a department's new name to a client holding the old ETag", async () => {
    const before = await getDocument(nanan.id);
    const etag = before.headers.get("etag");
    // what the admin's department form writes
    await handle.db.update(departments).set({ name: "重庆市南岸区政务服务和大数据发展中心" }).where(eq(departments.id, nanan.departmentId));
    const after = await getDocument(nanan.id, etag);
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(((await after.json()) as { department: { name: string } }).department.name).toBe("重庆市南岸区政务服务和大数据发展中心");
  });

  it("show a correction at once to a client revalidating what it holds, and a list within its minute", async () => {
    const listBefore = await getList();
    expect(listBefore.headers.get("cache-control")).toBe("public, max-age=60");
    const listTag = listBefore.headers.get("etag");
    expect((await getList(listTag)).status).toBe(304);

    const oldTag = (await getDocument(nanan.id)).headers.get("etag");
    const created = await call(adminList.POST, {
      as: "editorB",
      method: "POST",
      body: { ...sample, findings: undefined, source: undefined, revisionReason: "更正项目支出数" },
    });
    expect(created.status).toBe(201);
    const { id: correction } = (await created.json()) as { id: string };
    for (const [as, action] of [["editorB", "submit"], ["reviewerNanan", "approve"], ["admin", "publish"]] as const) {
      expect((await call(step.POST, { as, method: "POST", params: { id: correction, action }, body: {} })).status, action).toBe(200);
    }

    // the replaced revision stays public, but what a cache held of it is no longer current
    const superseded = await getDocument(nanan.id, oldTag);
    expect(superseded.status).toBe(200);
    expect(superseded.headers.get("etag")).not.toBe(oldTag);
    expect((await getList(listTag)).status).toBe(200);
  });

  it("answer a retraction at once to a client revalidating what it holds: 410 with the reason", async () => {
    const beibei = await publishedOf({ db: handle.db, districtCode: "500109", code: "134" });
    const held = {
      document: (await getDocument(beibei.id)).headers.get("etag"),
      xlsx: (await getFile(beibei.id, "export.xlsx")).headers.get("etag"),
      source: (await getFile(beibei.id, "source")).headers.get("etag"),
    };
    const retracted = await call(step.POST, { as: "admin", method: "POST", params: { id: beibei.id, action: "retract" }, body: { reason: "数据有误，核实后重新公开" } });
    expect(retracted.status).toBe(200);

    const gone = await getDocument(beibei.id, held.document);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ reason: "数据有误，核实后重新公开" });
    // a shared cache must not keep the refusal either: the department may publish again
    expect(gone.headers.get("cache-control")).toBe("no-store");
    expect((await getDocument("00000000-0000-4000-8000-000000000000")).headers.get("cache-control")).toBe("no-store");
    expect((await getFile(beibei.id, "export.xlsx", held.xlsx)).status).toBe(410);
    expect((await getFile(beibei.id, "source", held.source)).status).toBe(410);
    // its department's contact still gets the original, never to be kept by a cache
    const own = await call(source.GET, { as: "editorA", params: { id: beibei.id }, headers: ifNoneMatch(held.source) });
    expect(own.status).toBe(200);
    expect(own.headers.get("cache-control")).toBe("private, no-store");
    expect(own.headers.get("etag")).toBeNull();
  });
});
