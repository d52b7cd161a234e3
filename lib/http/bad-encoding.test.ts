import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BAD_ENCODING_MESSAGE, hasBadEncoding, holdsNul, refuseBadEncoding } from "./bad-encoding.mjs";

describe("an address with a bad encoding", () => {
  it("is one with a NUL or a broken %-escape in its path or in a query name or value", () => {
    for (const target of ["/api/v1/disclosures?q=a%00b", "/api/v1/disclosures?district=%00", "/search?q=a%00b", "/districts/%ff", "/districts/%E4%B8", "/x?%zz=1", "/x?q=%", "/a%00"]) {
      expect(hasBadEncoding(target), target).toBe(true);
    }
  });

  it("is not one with Chinese, escaped slashes, plus signs or no query", () => {
    for (const target of ["/", "/search?q=%E5%85%AC%E5%8A%A1%E6%8E%A5%E5%BE%85%E8%B4%B9&page=2", "/search?q=a+b", "/departments/500109-134", "/a%2Fb?x=%25", "/login?callbackUrl=%2Fadmin", "/x?flag"]) {
      expect(hasBadEncoding(target), target).toBe(false);
    }
  });
});

describe("refusing it before the app", () => {
  let base = "";
  const server = http.createServer((req, res) => {
    if (refuseBadEncoding(req, res)) return;
    res.end("app");
  });
  beforeAll(async () => {
    await new Promise<void>((go) => server.listen(0, "127.0.0.1", go));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("answers the API with 400 JSON and a page with a 400 page, both in Chinese", async () => {
    const api = await fetch(`${base}/api/v1/disclosures?q=a%00b`);
    expect(api.status).toBe(400);
    expect(await api.json()).toEqual({ error: BAD_ENCODING_MESSAGE });
    const page = await fetch(`${base}/districts/%ff`);
    expect(page.status).toBe(400);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain(BAD_ENCODING_MESSAGE);
  });

  it("lets a good address through", async () => {
    const ok = await fetch(`${base}/search?q=%E5%85%AC`);
    expect([ok.status, await ok.text()]).toEqual([200, "app"]);
  });
});

describe("a value holding a NUL", () => {
  it("is found in any string or key of arrays and objects, at any depth, and not in bytes", () => {
    expect(holdsNul({ a: [{ b: "x\u0000y" }] })).toBe(true);
    expect(holdsNul({ ["k\u0000"]: 1 })).toBe(true);
    expect(holdsNul({ a: ["公务接待费", 1, null, { b: true }] })).toBe(false);
    expect(holdsNul({ file: new Uint8Array(8) })).toBe(false);
  });
});
