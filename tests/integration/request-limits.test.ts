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
function postChunked(url: string, total: number, contentType = "application/json"): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(256 * 1024, 0x41);
    let sent = 0;
    const req = http.request(url, { method: "POST", headers: { "Content-Type": contentType, "Transfer-Encoding": "chunked" } }, (res) => {
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

describe.skipIf(!built)("the production server", () => {
  let server: ChildProcess;
  let base = "";
  let log = "";
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "request-limits-"));

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ["scripts/start.mjs", "--port", String(port), "--hostname", "127.0.0.1"], {
      env: { ...process.env, PGLITE_DATA_DIR: path.join(dataDir, "pglite"), DATABASE_URL: "", NODE_OPTIONS: "", NEXT_TELEMETRY_DISABLED: "1", PUBLIC_URL: base },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (d: Buffer) => (log += d.toString()));
    server.stderr!.on("data", (d: Buffer) => (log += d.toString()));
    for (const start = Date.now(); !log.includes("已启动"); ) {
      if (Date.now() - start > 120_000 || server.exitCode !== null) throw new Error(`the server did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
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
    expect(log).not.toMatch(/Failed query|params:|select /i);
  });
});
