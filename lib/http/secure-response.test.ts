import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OTHER_POLICY } from "./csp.mjs";
import { acceptsGzip, encodingFor } from "./encoding.mjs";
import { secureResponse } from "./secure-response.mjs";

const PAGE = `<!DOCTYPE html><html><head><script src="/a.js" async=""></script></head><body><p>${"预算".repeat(800)}</p><script>self.__next_f.push([1,"x"])</script></body></html>`;
const JSON_BODY = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: "部门<script>" })) });

/** What the server does for a path: the ways Next.js sends an answer. */
const routes: Record<string, (res: http.ServerResponse) => void> = {
  "/whole": (res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Content-Length", Buffer.byteLength(PAGE));
    res.setHeader("ETag", '"abc"');
    res.end(PAGE);
  },
  "/streamed": (res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    const bytes = Buffer.from(PAGE);
    const cut = bytes.indexOf("<script>") + 4; // inside the tag
    res.write(bytes.subarray(0, cut));
    (res as unknown as { flush: () => void }).flush();
    setTimeout(() => res.end(bytes.subarray(cut)), 20);
  },
  "/json": (res) => {
    res.setHeader("Content-Type", "application/json");
    res.end(JSON_BODY);
  },
  "/zip": (res) => {
    res.writeHead(200, [["Content-Type", "application/zip"], ["Content-Length", "4"]]);
    res.end(Buffer.from("PK\x03\x04", "latin1"));
  },
  "/not-modified": (res) => {
    res.statusCode = 304;
    res.setHeader("ETag", '"abc"');
    res.end();
  },
};

function serve(hsts: boolean) {
  return http.createServer((req, res) => {
    secureResponse(req, res, { hsts });
    routes[req.url!]!(res);
  });
}

let plain: http.Server;
let https: http.Server;
const portOf = (s: http.Server) => (s.address() as AddressInfo).port;

beforeAll(async () => {
  [plain, https] = [serve(false), serve(true)];
  await Promise.all([plain, https].map((s) => new Promise<void>((r) => s.listen(0, "127.0.0.1", r))));
});
afterAll(() => {
  plain.close();
  https.close();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; text: string };
const GZIP_ONLY = "gzip, deflate";
const BROWSER = "gzip, deflate, br, zstd";
const decode = (encoding: string | undefined, body: Buffer) => (encoding === "gzip" ? zlib.gunzipSync(body) : encoding === "br" ? zlib.brotliDecompressSync(body) : body);

function get(path: string, { accept = "", method = "GET", server = plain } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ port: portOf(server), host: "127.0.0.1", path, method, headers: accept ? { "accept-encoding": accept } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        const text = decode(res.headers["content-encoding"], body).toString();
        resolve({ status: res.statusCode!, headers: res.headers, body, text });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

const nonceOf = (a: Answer) => /'nonce-([^']+)'/.exec(String(a.headers["content-security-policy"]))?.[1];
const withNonce = (n: string) => PAGE.replace("<script src", `<script nonce="${n}" src`).replace("<script>", `<script nonce="${n}">`);

describe("an HTML page", () => {
  it("sent whole: every script tag carries the nonce of its policy, the length is exact, the ETag weak", async () => {
    const a = await get("/whole");
    const nonce = nonceOf(a)!;
    expect(nonce).toBeTruthy();
    expect(a.text).toBe(withNonce(nonce));
    expect(Number(a.headers["content-length"])).toBe(a.body.length);
    expect(a.headers.etag).toBe('W/"abc"');
    expect(a.headers["strict-transport-security"]).toBeUndefined();
  });

  it("gets a new nonce on each answer", async () => {
    const [a, b] = await Promise.all([get("/whole"), get("/whole")]);
    expect(nonceOf(a)).not.toBe(nonceOf(b));
  });

  it("sent whole, compressed for a client that takes it — br for a browser, else gzip — with the compressed length", async () => {
    const sizes: Record<string, number> = {};
    for (const [accept, encoding] of [[GZIP_ONLY, "gzip"], [BROWSER, "br"], ["br;q=0, gzip", "gzip"]] as const) {
      const a = await get("/whole", { accept });
      expect(a.headers["content-encoding"], accept).toBe(encoding);
      expect(Number(a.headers["content-length"])).toBe(a.body.length);
      expect(a.body.length).toBeLessThan(Buffer.byteLength(PAGE) / 4);
      expect(a.text).toBe(withNonce(nonceOf(a)!));
      expect(a.headers.vary).toContain("Accept-Encoding");
      sizes[encoding] = a.body.length;
    }
    expect(sizes.br).toBeLessThan(sizes.gzip!);
  });

  it("streamed in pieces, a tag cut between them: the same page, plain, gzipped and in br", async () => {
    for (const [accept, encoding] of [["", undefined], [GZIP_ONLY, "gzip"], [BROWSER, "br"]] as const) {
      const a = await get("/streamed", { accept });
      expect(a.headers["content-length"]).toBeUndefined();
      expect(a.headers["content-encoding"]).toBe(encoding);
      expect(a.text).toBe(withNonce(nonceOf(a)!));
    }
  });

  it("asked with HEAD: the policy, no body and no length that the GET would not have", async () => {
    const a = await get("/whole", { method: "HEAD" });
    expect(nonceOf(a)).toBeTruthy();
    expect(a.headers["content-length"]).toBeUndefined();
    expect(a.body).toHaveLength(0);
  });

  it("revalidated (304): no new policy, so the stored page keeps the one its nonces belong to", async () => {
    const a = await get("/not-modified");
    expect(a.status).toBe(304);
    expect(a.headers["content-security-policy"]).toBeUndefined();
  });
});

describe("everything else", () => {
  it("JSON gets the strict policy and its bytes unchanged, gzipped on request", async () => {
    const a = await get("/json");
    expect(a.headers["content-security-policy"]).toBe(OTHER_POLICY);
    expect(a.text).toBe(JSON_BODY);
    const z = await get("/json", { accept: GZIP_ONLY });
    expect(z.headers["content-encoding"]).toBe("gzip");
    expect(z.text).toBe(JSON_BODY);
    const br = await get("/json", { accept: BROWSER });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.text).toBe(JSON_BODY);
  });

  it("a file already compressed goes out untouched, with its length, whatever the client takes", async () => {
    const a = await get("/zip", { accept: BROWSER });
    expect(a.headers["content-security-policy"]).toBe(OTHER_POLICY);
    expect(a.headers["content-encoding"]).toBeUndefined();
    expect(a.headers["content-length"]).toBe("4");
    expect(a.body.toString("latin1")).toBe("PK\x03\x04");
  });

  it("HSTS only on a server whose public address is https", async () => {
    expect((await get("/json", { server: https })).headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect((await get("/json")).headers["strict-transport-security"]).toBeUndefined();
  });
});

it("takes an encoding only when the client names it without q=0, br before gzip", () => {
  expect(encodingFor("gzip, deflate, br")).toBe("br");
  expect(encodingFor("br;q=0, gzip")).toBe("gzip");
  expect(encodingFor("deflate")).toBeNull();
  expect(acceptsGzip("gzip, deflate, br")).toBe(true);
  expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
  expect(acceptsGzip("gzip;q=0")).toBe(false);
  expect(acceptsGzip("deflate")).toBe(false);
  expect(acceptsGzip(undefined)).toBe(false);
});
