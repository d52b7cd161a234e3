import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inlineScriptHashes, OTHER_POLICY } from "./csp.mjs";
import { FrontCache, KEEP_HEADER } from "./front-cache.mjs";
import { secureResponse } from "./secure-response.mjs";

const INLINE = 'self.__next_f.push([1,"预算"])';
const pageOf = (text: string) =>
  `<!DOCTYPE html><html><head><script src="/_next/a.js" async=""></script></head><body><p>${text.repeat(500)}</p><script>${INLINE}</script></body></html>`;

let clock = 1_000_000;
let text = "第一版";
let renders = 0;
let cacheHeader = "HIT";
const cache = new FrontCache({ ttlMs: 10_000, holdMs: 2_000, now: () => clock });

/** Next.js's part, as far as the cache sees it: a page from its cache sent whole, an API answer streamed. */
function next(req: http.IncomingMessage, res: http.ServerResponse) {
  renders++;
  if (req.url!.startsWith("/api/")) {
    res.setHeader("Content-Type", "application/json");
    res.setHeader("Cache-Control", "public, no-cache");
    res.setHeader("ETag", '"j1"');
    if (req.url !== "/api/unmarked") res.setHeader(KEEP_HEADER, "keep");
    res.writeHead(200);
    res.write(JSON.stringify({ text: text.repeat(200) }).slice(0, 10));
    setTimeout(() => res.end(JSON.stringify({ text: text.repeat(200) }).slice(10)), 5);
    return;
  }
  const body = pageOf(text);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  if (req.url!.startsWith("/search")) {
    // rendered for each request, as Next.js sends such a page; marked by next.config.ts's headers, or not
    res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    if (req.url!.startsWith("/search/kept")) res.setHeader(KEEP_HEADER, "keep");
    res.end(body);
    return;
  }
  res.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
  res.setHeader("Vary", "RSC, Next-Router-State-Tree");
  res.setHeader("ETag", `"${createHash("sha1").update(body).digest("hex")}"`);
  res.setHeader("x-nextjs-cache", cacheHeader);
  if (req.url === "/disclosures/cookie") res.setHeader("Set-Cookie", "a=b");
  res.end(body);
}

const server = http.createServer((req, res) => {
  if (cache.answer(req, res, { hsts: false })) return;
  secureResponse(req, res, { hsts: false, front: cache });
  next(req, res);
});
let base = "";

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());
beforeEach(() => {
  cache.clear();
  clock += 3_000; // past the hold of that clear
  text = "第一版";
  renders = 0;
  cacheHeader = "HIT";
});

/** A request with node:http, which leaves the body as sent (fetch would decode it). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("FrontCache in front of Next.js", () => {
  it("answers a page Next.js served from its cache without asking Next.js again, the same bytes for everybody", async () => {
    const first = await get("/disclosures/1");
    const second = await get("/disclosures/1");
    expect(renders).toBe(1);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.body.toString()).toContain("第一版");
    expect(second.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect(second.headers.vary).toBe("RSC, Next-Router-State-Tree, Accept-Encoding");
    // no nonce: the inline script is allowed by its hash, the file by 'self'
    expect(first.body.toString()).not.toContain("nonce=");
    const hash = createHash("sha256").update(INLINE).digest("base64");
    for (const answer of [first, second]) {
      expect(answer.headers["content-security-policy"]).toContain(`script-src 'self' 'sha256-${hash}';`);
      expect(answer.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    }
  });

  it("sends it compressed where the client takes it, and answers If-None-Match with 304", async () => {
    await get("/disclosures/2");
    const br = await get("/disclosures/2", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(pageOf("第一版"));
    const gzip = await get("/disclosures/2", { "accept-encoding": "gzip" });
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(pageOf("第一版"));
    expect(Number(gzip.headers["content-length"])).toBe(gzip.body.length);
    const notModified = await get("/disclosures/2", { "if-none-match": br.headers.etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(renders).toBe(1);
  });

  it("shows a change on the next request once emptied, and keeps nothing during the hold", async () => {
    await get("/disclosures/3");
    text = "更正版";
    cache.clear();
    expect((await get("/disclosures/3")).body.toString()).toContain("更正版");
    // still within the hold: Next.js may not have applied its expiry yet, so nothing was kept
    await get("/disclosures/3");
    expect(renders).toBe(3);
    clock += 2_001;
    await get("/disclosures/3");
    await get("/disclosures/3");
    expect(renders).toBe(4);
  });

  it("renews an entry past its time to live through one request, sending the others the kept answer meanwhile", async () => {
    await get("/disclosures/4");
    clock += 10_001;
    text = "第二版";
    // the first request past its time renders afresh; one asked before that render is kept still gets the old
    const renewing = await get("/disclosures/4");
    expect(renewing.body.toString()).toContain("第二版");
    expect(renders).toBe(2);
    expect((await get("/disclosures/4")).body.toString()).toContain("第二版");
    expect(renders).toBe(2);
  });

  it("sends a stale entry while its renewal is under way, and gives up on one that was not kept", async () => {
    cacheHeader = "HIT";
    await get("/disclosures/8");
    clock += 10_001;
    // the renewal is refused (not from Next's cache this time): nothing new is kept
    cacheHeader = "MISS";
    text = "第二版";
    await get("/disclosures/8");
    expect(renders).toBe(2);
    // meanwhile, the kept answer
    expect((await get("/disclosures/8")).body.toString()).toContain("第一版");
    expect(renders).toBe(2);
    // the renewal not kept within 2 s: the next request tries again
    clock += 2_001;
    cacheHeader = "HIT";
    await get("/disclosures/8");
    expect(renders).toBe(3);
    expect((await get("/disclosures/8")).body.toString()).toContain("第二版");
    expect(renders).toBe(3);
  });

  it("sends a stale entry for 30 s past its time to live at most", async () => {
    await get("/disclosures/9");
    clock += 10_000 + 30_001;
    text = "第二版";
    cacheHeader = "MISS";
    await get("/disclosures/9");
    await get("/disclosures/9");
    expect(renders).toBe(3);
  });

  it("keeps only pages from Next's cache, sent to everybody alike", async () => {
    cacheHeader = "MISS";
    await get("/disclosures/5");
    await get("/disclosures/5");
    expect(renders).toBe(2);
    cacheHeader = "HIT";
    await get("/disclosures/cookie");
    await get("/disclosures/cookie");
    expect(renders).toBe(4);
    // a client-side navigation asks for the payload, not the page
    await get("/disclosures/6", { rsc: "1" });
    await get("/disclosures/6", { rsc: "1" });
    expect(renders).toBe(6);
    // pages outside the public archive's (search, admin) never
    await get("/search?q=x");
    await get("/search?q=x");
    expect(renders).toBe(8);
    // a nonce, as before, where the page is not kept
    expect((await get("/search?q=x")).body.toString()).toMatch(/<script nonce="[^"]+"/);
  });

  it("keeps a page rendered for each request when its route marked it, until emptied", async () => {
    const first = await get("/search/kept?q=接待");
    const second = await get("/search/kept?q=接待");
    expect(renders).toBe(1);
    for (const answer of [first, second]) {
      expect(answer.body.toString()).toContain("第一版");
      expect(answer.body.toString()).not.toMatch(/nonce=/);
      expect(answer.headers["content-security-policy"]).toContain(`'sha256-${createHash("sha256").update(INLINE).digest("base64")}'`);
      expect(answer.headers[KEEP_HEADER]).toBeUndefined();
    }
    // another query is another page
    await get("/search/kept?q=预算");
    expect(renders).toBe(2);
    cache.clear();
    clock += 3_000;
    text = "第二版";
    expect((await get("/search/kept?q=接待")).body.toString()).toContain("第二版");
  });
});

describe("FrontCache and the API", () => {
  it("keeps a streamed answer its route marked, and sends it on without the mark", async () => {
    const first = await get("/api/v1/disclosures/7", { "accept-encoding": "gzip" });
    const second = await get("/api/v1/disclosures/7", { "accept-encoding": "gzip" });
    expect(renders).toBe(1);
    for (const answer of [first, second]) {
      expect(JSON.parse(zlib.gunzipSync(answer.body).toString())).toEqual({ text: "第一版".repeat(200) });
      expect(answer.headers[KEEP_HEADER]).toBeUndefined();
      expect(answer.headers["content-security-policy"]).toBe(OTHER_POLICY);
    }
    expect(second.headers["content-type"]).toBe("application/json");
    expect(second.headers.etag).toBe('W/"j1"');
  });

  it("never keeps an answer its route did not mark", async () => {
    await get("/api/unmarked");
    await get("/api/unmarked");
    expect(renders).toBe(2);
  });
});

describe("inlineScriptHashes", () => {
  it("hashes each inline script's text once, and leaves scripts with src to 'self'", () => {
    const html = Buffer.from(`<script src="/a.js"></script><script>a()</script><script type="x">b()</script><script>a()</script>`);
    const sha = (s: string) => createHash("sha256").update(s).digest("base64");
    expect(inlineScriptHashes(html)).toEqual([sha("a()"), sha("b()")]);
  });

  it("answers null for a script that is never closed", () => {
    expect(inlineScriptHashes(Buffer.from("<script>a()"))).toBeNull();
  });
});
