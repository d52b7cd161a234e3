import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { type DbHandle, openDatabase } from "@/db/client";
import { findDepartmentByKey } from "@/db/queries/departments";
import { findDisclosureRecord, readDisclosureDocument } from "@/db/queries/disclosure-read";
import { INVALIDATION_CHANNEL, instanceId, REVALIDATE_SECRET_HEADER, revalidateSecret } from "@/lib/cache/instance";
import { listenForInvalidations } from "@/lib/cache/listener";
import { updateDepartment } from "@/lib/departments/save-department";
import { startCorrection } from "@/lib/disclosure/correction";
import { createDisclosure } from "@/lib/disclosure/create";
import { transitionDisclosure } from "@/lib/disclosure/transition";
import { createAccounts, publishedOf } from "./accounts";
import { built, type Server, startServer, stopServer } from "./npm-start";
import { setUpTestDatabase } from "./test-db";

const onPostgres = process.env.TEST_DB_DRIVER === "postgres";
if (!built) console.warn("page-cache.test.ts: no production build (.next/BUILD_ID) — the tests against running servers are skipped; run `npx next build` first.");

/** Polls until `check` holds, at most `ms`; answers how long it took. */
async function within(ms: number, check: () => Promise<boolean> | boolean): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check()) return Date.now() - start;
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// 北碚区政务服务中心 (500109-134) publishes its 2025 budget in the sample data
const DISTRICT = "500109";
const DEPARTMENT = { districtCode: DISTRICT, code: "134" };
const OVERRIDE = "集成测试：按原文更正后发布";

// On PostgreSQL a second connection stands in for another instance; the embedded database has one
// process, whose listener hears what was changed outside a request (a batch import, the tests).
describe("a change told to the instances", () => {
  let handle: DbHandle;
  let other: DbHandle;
  let tearDown: () => Promise<void>;
  let server: http.Server;
  /** the tags the other instance's listener asked its own server to expire, as they came */
  const asked: string[][] = [];
  const askedFor = (tag: string) => asked.some((tags) => tags.includes(tag));

  beforeAll(async () => {
    let target;
    ({ handle, target, tearDown } = await setUpTestDatabase());
    other = onPostgres ? await openDatabase(target) : handle;
    // stands in for the other instance's revalidation route
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (d) => (body += d));
      req.on("end", () => {
        if (req.headers[REVALIDATE_SECRET_HEADER] === revalidateSecret()) asked.push((JSON.parse(body) as { tags: string[] }).tags);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    await listenForInvalidations({ handle: other, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  });
  afterAll(async () => {
    if (onPostgres) await other?.close();
    server?.close();
    await tearDown?.();
  });

  it("a correction published on one instance tells the others which pages to expire within 2 s, and so does its retraction", async () => {
    const { actors } = await createAccounts({ db: handle.db, domain: "page-cache.invalid" });
    const { id: first, departmentId } = await publishedOf({ db: handle.db, ...DEPARTMENT });
    const { id } = await startCorrection({ db: handle.db, actor: actors.editorA, id: first, reason: "更正支出表" });
    // the draft of a correction is not public: nothing to expire yet
    for (const [action, actor] of [["submit", actors.editorA], ["approve", actors.reviewerBeibei]] as const) {
      await transitionDisclosure({ db: handle.db, actor, id, action, input: { override: OVERRIDE } });
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(asked).toEqual([]);

    await transitionDisclosure({ db: handle.db, actor: actors.admin, id, action: "publish", input: { override: OVERRIDE } });
    const took = await within(2000, () => askedFor(`disclosure:${id}`));
    expect(took).toBeLessThan(2000);
    // the page it superseded lists the department's revisions: it goes with the department's tag
    expect(asked.at(-1)).toEqual(expect.arrayContaining([`department:${departmentId}`, `district:${DISTRICT}`, "home"]));

    asked.length = 0;
    await transitionDisclosure({ db: handle.db, actor: actors.admin, id, action: "retract", input: { reason: "数据有误，撤回重报" } });
    await within(2000, () => askedFor(`disclosure:${id}`) && askedFor(`department:${departmentId}`));
  });

  it("a department renamed tells the instances to expire its pages, its district's and the home page", async () => {
    const found = (await findDepartmentByKey({ db: handle.db, key: "500108-236" }))!;
    asked.length = 0;
    const d = found.department;
    await updateDepartment({
      db: handle.db,
      id: d.id,
      actor: { id: 1, email: "admin@page-cache.invalid" },
      input: { districtCode: d.districtCode, code: d.code, name: `${d.name}（更名）`, parentCode: "", contactName: d.contactName ?? "", contactPhone: d.contactPhone ?? "" },
    });
    await within(2000, () => askedFor(`department:${d.id}`) && askedFor("district:500108") && askedFor("home"));
  });

  it("a department created by an import tells the instances to expire its district's page and the home page", async () => {
    // 南岸区's seed (北碚区's was corrected and retracted above)
    const { id: seed } = await publishedOf({ db: handle.db, districtCode: "500108", code: "236" });
    const doc = await readDisclosureDocument({ db: handle.db, record: (await findDisclosureRecord({ db: handle.db, id: seed }))! });
    asked.length = 0;
    const created = await createDisclosure({ db: handle.db, doc: { ...doc, department: { ...doc.department, code: "901", name: "重庆市南岸区新设局" } }, actor: null, origin: "导入测试", source: "导入测试" });
    expect(created.departmentCreated).toBe(true);
    await within(2000, () => askedFor("district:500108") && askedFor("home"));
  });

  it("an instance does not expire again what it expired itself", async () => {
    asked.length = 0;
    const notify = (from: string | null, tag: string) => handle.db.execute(sql`select pg_notify(${INVALIDATION_CHANNEL}, ${JSON.stringify({ from, tags: [tag] })})`);
    await notify(instanceId(), "district:500101");
    await notify(null, "district:500102");
    await within(2000, () => askedFor("district:500102"));
    expect(askedFor("district:500101")).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Against the production build: PGlite one server, PostgreSQL two servers on one database.

type Page = { status: number; html: string; cache: string | null; cacheControl: string | null; etag: string | null };
async function get(server: Server, url: string): Promise<Page> {
  const res = await fetch(server.base + url, { redirect: "manual" });
  // React separates interpolated text with comments
  return { status: res.status, html: (await res.text()).replaceAll("<!-- -->", ""), cache: res.headers.get("x-nextjs-cache"), cacheControl: res.headers.get("cache-control"), etag: res.headers.get("etag") };
}

describe.skipIf(!built)("the production server's public pages", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "page-cache-"));
  const dbName = `it_pages_${Date.now().toString(36)}`;
  let admin: postgres.Sql | undefined;
  let handle: DbHandle | undefined;
  let servers: Server[] = [];
  let tokens: Record<"editorA" | "reviewerBeibei" | "admin", string>;
  let first: string;
  /** where a change is made, and where it must show: the other instance on PostgreSQL */
  let writer: Server;
  let reader: Server;

  beforeAll(async () => {
    let env: Record<string, string>;
    if (onPostgres) {
      admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${dbName}`);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${dbName}`;
      handle = await openDatabase({ url: url.toString() });
      env = { DATABASE_URL: url.toString() };
    } else {
      const dataDir = path.join(tmp, "pglite");
      handle = await openDatabase({ dataDir });
      env = { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir };
    }
    ({ tokens } = await createAccounts({ db: handle.db, domain: "pages.invalid" }));
    first = (await publishedOf({ db: handle.db, ...DEPARTMENT })).id;
    if (!onPostgres) {
      // the server owns the embedded database's directory
      await handle.close();
      handle = undefined;
    }
    servers = onPostgres ? await Promise.all([startServer(env), startServer(env)]) : [await startServer(env)];
    [writer, reader] = [servers[0]!, servers.at(-1)!];
  }, 180_000);

  afterAll(async () => {
    await Promise.all(servers.map(stopServer));
    await handle?.close();
    if (admin) {
      await admin.unsafe(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 60_000);

  const api = async (token: string, method: string, url: string, body?: unknown) => {
    const res = await fetch(writer.base + url, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    expect(res.status, `${method} ${url}: ${res.status}`).toBeLessThan(300);
    return (await res.json()) as { id: string };
  };
  const step = (token: string, id: string, action: string, input: object = { override: OVERRIDE }) => api(token, "POST", `/api/v1/admin/disclosures/${id}/${action}`, input);

  /** What the change must reach: the page and its other unit, the department, its district in both orders, home. */
  const watched = () => [`/disclosures/${first}`, `/disclosures/${first}?unit=元`, "/departments/500109-134", `/districts/${DISTRICT}`, `/districts/${DISTRICT}?sort=expenditure`, "/"];

  /** The change reaches the page: on the same instance on the next request, on another within 2 s. */
  const shows = async (url: string, check: (p: Page) => boolean) => {
    if (onPostgres) await within(2000, async () => check(await get(reader, url)));
    else expect(check(await get(reader, url)), url).toBe(true);
  };

  it("serve a page from the cache once rendered, on every instance", async () => {
    for (const s of servers) {
      for (const url of watched()) {
        expect((await get(s, url)).status, url).toBe(200);
        const again = await get(s, url);
        expect(again.status, url).toBe(200);
        expect(again.cache, url).toBe("HIT");
        // a proxy in front may keep it, but must ask again: a retraction takes effect there too
        expect(again.cacheControl, url).toBe("public, max-age=0, must-revalidate");
      }
    }
    expect((await get(reader, `/disclosures/${first}`)).html).toContain("第 1 版");
  }, 120_000);

  it("show a correction published on the next request: the earlier page says it was superseded, the department, district and home pages lead to the new one", async () => {
    const answers = [`/api/v1/disclosures/${first}`, `/api/v1/disclosures/${first}/export.csv`];
    const heldEtags = await Promise.all(answers.map(async (url) => (await get(reader, url)).etag));
    // a search is kept in front of Next.js once asked (next.config.ts), on each instance
    const search = "/search?q=政务服务中心&district=500109";
    const searchApi = "/api/v1/disclosures?q=政务服务中心&district=500109";
    for (const url of [search, searchApi]) for (let i = 0; i < 2; i++) expect((await get(reader, url)).html, url).toContain(first);
    const doc = (await (await fetch(`${writer.base}/api/v1/disclosures/${first}`)).json()) as Record<string, unknown>;
    delete doc.findings;
    const { id } = await api(tokens.editorA, "POST", "/api/v1/admin/disclosures", { ...doc, revisionReason: "更正支出表" });
    await step(tokens.editorA, id, "submit");
    await step(tokens.reviewerBeibei, id, "approve");
    await step(tokens.admin, id, "publish");

    await shows(`/disclosures/${first}`, (p) => p.html.includes("这是已被新版本取代的第 1 版") && p.html.includes(`/disclosures/${id}`));
    await shows(`/disclosures/${first}?unit=元`, (p) => p.html.includes("这是已被新版本取代的第 1 版"));
    await shows(`/disclosures/${id}`, (p) => p.status === 200 && p.html.includes("第 2 版"));
    for (const url of ["/departments/500109-134", `/districts/${DISTRICT}`, `/districts/${DISTRICT}?sort=expenditure`, "/"]) {
      await shows(url, (p) => p.html.includes(`/disclosures/${id}`));
    }
    await shows(`/api/v1/disclosures/${id}`, (p) => p.status === 200);
    for (const url of [search, searchApi]) await shows(url, (p) => p.html.includes(id));
    // the earlier revision's answers, kept by the server, are superseded too: their validators change
    for (const [i, url] of answers.entries()) await shows(url, (p) => p.status === 200 && p.etag !== heldEtags[i]);

    await step(tokens.admin, id, "retract", { reason: "数据有误，撤回重报" });
    await shows(`/disclosures/${id}`, (p) => p.html.includes("该文件已撤回") && p.html.includes("数据有误，撤回重报"));
    for (const url of ["/departments/500109-134", `/districts/${DISTRICT}`, "/"]) {
      await shows(url, (p) => p.status === 200 && !p.html.includes(`/disclosures/${id}`));
    }
    await shows(`/api/v1/disclosures/${id}`, (p) => p.status === 410);
    for (const url of [search, searchApi]) await shows(url, (p) => p.status === 200 && !p.html.includes(id));
  }, 60_000);

  it("serve a cached page without one statement to the database (the embedded one runs on the server's event loop)", async () => {
    const statements = () => reader.output().split("\n").filter((l) => l.startsWith("SQL ")).length;
    const urls = [`/disclosures/${first}`, `/disclosures/${first}?unit=元`, "/departments/500109-134", `/districts/${DISTRICT}`, "/"];
    for (const url of urls) await get(reader, url);
    const before = statements();
    expect(before).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) for (const url of urls) expect((await get(reader, url)).cache, url).toBe("HIT");
    expect(statements()).toBe(before);
    // the public API's answer about a disclosure and its exports are kept likewise
    const answers = ["", "/export.json", "/export.csv", "/export.xlsx"].map((file) => `/api/v1/disclosures/${first}${file}`);
    for (const url of answers) expect((await get(reader, url)).status, url).toBe(200);
    const afterAnswers = statements();
    for (let i = 0; i < 3; i++) for (const url of answers) expect((await get(reader, url)).status, url).toBe(200);
    expect(statements()).toBe(afterAnswers);
    // a search asked again, until the next change: Next.js renders it per request, the cache in front keeps it
    // (once the 2 s after the last change are over, in which the cache keeps nothing: the test before made one)
    const searches = ["/search?q=服务&year=2025", "/rows?code=2010350&year=2025", "/api/v1/disclosures?q=服务&year=2025"];
    for (const url of searches) expect((await get(reader, url)).status, url).toBe(200);
    expect(statements()).toBeGreaterThan(afterAnswers);
    await within(5000, async () => {
      const before = statements();
      for (const url of searches) expect((await get(reader, url)).status, url).toBe(200);
      return statements() === before;
    });
    const afterSearches = statements();
    for (let i = 0; i < 3; i++) for (const url of searches) expect((await get(reader, url)).status, url).toBe(200);
    expect(statements()).toBe(afterSearches);
    // a page rendered per request does reach it: the log would have shown it
    await get(reader, "/contact");
    expect(statements()).toBeGreaterThan(before);
  }, 30_000);

  it.skipIf(!onPostgres)("serve a cached page, and the compare page's cached data, while the database cannot be reached at all", async () => {
    const url = "/departments/500109-134";
    const compare = `/compare?ids=${first}`;
    await get(reader, url);
    expect((await get(reader, url)).cache).toBe("HIT");
    expect((await get(reader, compare)).status).toBe(200);
    await admin!.unsafe(`alter database ${dbName} allow_connections false`);
    await admin!.unsafe(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${dbName}'`);
    try {
      const cached = await get(reader, url);
      expect(cached.status).toBe(200);
      expect(cached.html).toContain("重庆市北碚区政务服务中心");
      const compared = await get(reader, compare);
      expect(compared.status).toBe(200);
      expect(compared.html).toContain("已选一份文件");
      // a page rendered per request needs the database: a search nobody asked before fails
      expect((await get(reader, "/search?q=接待&year=2024")).status).toBeGreaterThanOrEqual(500);
    } finally {
      await admin!.unsafe(`alter database ${dbName} allow_connections true`);
    }
  }, 30_000);
});
