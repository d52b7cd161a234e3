// Against the production server (`npm start`, scripts/start.mjs) on a fresh embedded database:
// a body is given up at its limit as it streams in, and an address with a NUL or a broken
// %-escape is answered 400, the log never showing SQL.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repeatedSheet, testWorkbook } from "@/lib/documents/test-zip-writer";
import { createAccounts } from "./accounts";
import { setUpTestDatabase } from "./test-db";

const built = fs.existsSync(".next/BUILD_ID");
if (!built) console.warn("request-limits.test.ts: no production build (.next/BUILD_ID) — skipped; run `npx next build` first.");
const MB = 1024 * 1024;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** The resident memory of a process, from /proc. */
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) * 1024;

/**
 * POSTs `total` bytes of "A" chunked (no Content-Length) as fast as the server takes them, and
 * answers the status as soon as it comes, with how much had been sent by then.
 */
function postChunked(url: string, total: number, contentType = "application/json", headers: Record<string, string> = {}): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(256 * 1024, 0x41);
    let sent = 0;
    const req = http.request(url, { method: "POST", headers: { ...headers, "Content-Type": contentType, "Transfer-Encoding": "chunked" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body, sent });
        req.destroy();
      });
    });
    req.on("error", (e) => (sent > 0 ? undefined : reject(e)));
    const pump = () => {
      while (sent < total && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

/** `npm start` on a free port with the given environment, once it says it has started. */
async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const state = { log: "" };
  const child = spawn(process.execPath, ["scripts/start.mjs", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: { ...process.env, NODE_OPTIONS: "", NEXT_TELEMETRY_DISABLED: "1", PUBLIC_URL: base, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => (state.log += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (state.log += d.toString()));
  for (const start = Date.now(); !state.log.includes("已启动"); ) {
    if (Date.now() - start > 120_000 || child.exitCode !== null) throw new Error(`the server did not start:\n${state.log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, child, state };
}

describe.skipIf(!built)("the production server", () => {
  let server: ChildProcess;
  let base = "";
  let state = { log: "" };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "request-limits-"));

  beforeAll(async () => {
    ({ base, child: server, state } = await startServer({ PGLITE_DATA_DIR: path.join(dataDir, "pglite"), DATABASE_URL: "" }));
  }, 150_000);
  afterAll(() => {
    server?.kill("SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers a 700 MB chunked feedback 413 once 64 KB are in, its memory growing by far less than the body", async () => {
    // the route's modules and the database are loaded by a first request
    await fetch(`${base}/api/v1/feedback`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    const before = rssOf(server.pid!);
    const started = Date.now();
    const { status, body, sent } = await postChunked(`${base}/api/v1/feedback`, 700 * MB);
    console.log(`700 MB chunked: ${status} after ${Date.now() - started} ms, ${Math.round(sent / MB)} MB sent, server RSS ${Math.round(before / MB)} → ${Math.round(rssOf(server.pid!) / MB)} MB`);
    expect(status).toBe(413);
    expect(JSON.parse(body)).toEqual({ error: "请求体过大（至多 64 KB），已拒绝。" });
    expect(sent).toBeLessThan(100 * MB);
    expect(rssOf(server.pid!) - before).toBeLessThan(100 * MB);
  }, 60_000);

  it("answers a 700 MB chunked sign-in 413 once 16 KB are in: next-auth never reads it whole", async () => {
    const before = rssOf(server.pid!);
    const { status, sent } = await postChunked(`${base}/api/auth/callback/credentials`, 700 * MB, "application/x-www-form-urlencoded");
    expect(status).toBe(413);
    expect(sent).toBeLessThan(100 * MB);
    expect(rssOf(server.pid!) - before).toBeLessThan(100 * MB);
    // an ordinary sign-in form still reaches next-auth (its CSRF check answers it)
    const form = await fetch(`${base}/api/auth/callback/credentials`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "email=a%40b.c&password=x", redirect: "manual" });
    expect(form.status).not.toBe(413);
    expect(form.status).toBeLessThan(500);
  }, 60_000);

  it("answers a feedback whose Content-Length says too much 413 without reading it", async () => {
    const res = await fetch(`${base}/api/v1/feedback`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "x".repeat(65 * 1024) });
    expect(res.status).toBe(413);
  });

  it("refuses a NUL in a JSON body with 400", async () => {
    const res = await fetch(`${base}/api/v1/feedback`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ category: "other", message: "a\u0000b" }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/NUL/);
  });

  it("answers each address with a NUL or a broken %-escape 400 in Chinese, never 500, and logs no SQL", async () => {
    for (const target of ["/api/v1/disclosures?q=a%00b", "/api/v1/disclosures?district=%00", "/search?q=a%00b", "/districts/%ff", "/disclosures/%E4%B8"]) {
      const res = await fetch(`${base}${target}`);
      expect(res.status, target).toBe(400);
      expect(await res.text(), target).toContain("请求地址含有无效字符");
    }
    expect(state.log).not.toMatch(/Failed query|params:|select /i);
  });
});

// an editor's uploads need an account: on PostgreSQL the test makes one in the server's database
describe.skipIf(!built || process.env.TEST_DB_DRIVER !== "postgres")("the production server, signed in with a token", () => {
  let server: ChildProcess;
  let base = "";
  let token = "";
  let tearDown: () => Promise<void>;

  beforeAll(async () => {
    const db = await setUpTestDatabase();
    tearDown = db.tearDown;
    token = (await createAccounts({ db: db.handle.db, domain: "request-limits.invalid" })).tokens.editorA;
    ({ base, child: server } = await startServer({ DATABASE_URL: (db.target as { url: string }).url }));
  }, 150_000);
  afterAll(async () => {
    server?.kill("SIGTERM");
    await new Promise((r) => server?.once("exit", r));
    await tearDown?.();
  });

  const upload = (bytes: Uint8Array, fileName: string) => {
    const form = new FormData();
    form.set("file", new Blob([bytes as Uint8Array<ArrayBuffer>]), fileName);
    return fetch(`${base}/api/v1/admin/import`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form });
  };

  it("refuses three Excel zip bombs sent at once within 2 s, the server's memory growing by less than 300 MB", async () => {
    // the route's modules are loaded by a first upload
    expect((await upload(new TextEncoder().encode("不是公开文件"), "a.txt")).status).toBe(400);
    const sheet = repeatedSheet('<row><c t="s"><v>1</v></c></row>'.repeat(32 * 1024), 1000);
    const bombs = [testWorkbook(sheet), testWorkbook(sheet, 90_000), testWorkbook(sheet, 20 * MB)];
    const before = rssOf(server.pid!);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(server.pid!))), 10);
    const started = Date.now();
    const answers = await Promise.all(bombs.map(async (b, i) => {
      const res = await upload(b, `炸弹${i + 1}.xlsx`);
      return [res.status, ((await res.json()) as { error: string }).error];
    }));
    const took = Date.now() - started;
    clearInterval(sampler);
    console.log(`three bombs: refused after ${took} ms, server RSS ${Math.round(before / MB)} MB, peak ${Math.round(peak / MB)} MB`);
    answers.forEach(([status, error], i) => {
      expect(status).toBe(400);
      expect(error).toBe(`文件 炸弹${i + 1}.xlsx：解压后超过 100 MB 或压缩比超过 100:1，疑似压缩炸弹，已拒绝`);
    });
    expect(took).toBeLessThan(2_000);
    expect(peak - before).toBeLessThan(300 * MB);
  }, 60_000);

  it("gives up a 700 MB chunked upload at 20 MB", async () => {
    const before = rssOf(server.pid!);
    const { status, body, sent } = await postChunked(`${base}/api/v1/admin/import`, 700 * MB, "multipart/form-data; boundary=x", { Authorization: `Bearer ${token}` });
    console.log(`700 MB chunked upload: ${status}, ${Math.round(sent / MB)} MB sent, server RSS ${Math.round(before / MB)} → ${Math.round(rssOf(server.pid!) / MB)} MB`);
    expect([status, JSON.parse(body)]).toEqual([413, { error: "文件超过 20 MB，未导入。" }]);
    expect(sent).toBeLessThan(150 * MB);
    expect(rssOf(server.pid!) - before).toBeLessThan(100 * MB);
  }, 60_000);
});
