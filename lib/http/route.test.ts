import { DrizzleQueryError } from "drizzle-orm/errors";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { HttpProblem } from "./problem";
import { apiRoute, readJson, readQuery } from "./route";
import { streamingRequest } from "./test-streaming-request";

const MB = 1024 * 1024;


const post = (body: BodyInit) => new Request("http://portal.test/api/v1/feedback", { method: "POST", body, headers: { "content-type": "application/json" } });
const problem = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof HttpProblem ? [e.status, e.message] : e));
const anything = z.record(z.string(), z.unknown());

describe("a route's JSON body", () => {
  it("is given up at 5 MB of a 700 MB stream, or at the limit the route sets", async () => {
    const { req, pulled } = streamingRequest({ url: "http://portal.test/api/v1/admin/disclosures", total: 700 * MB, chunk: new Uint8Array(MB).fill(0x20), headers: { "content-type": "application/json" } });
    expect(await problem(readJson(req, anything))).toEqual([413, "请求体过大（至多 5 MB），已拒绝。"]);
    expect(pulled.bytes).toBeLessThanOrEqual(7 * MB);
    expect(await problem(readJson(post(JSON.stringify({ message: "x".repeat(70_000) })), anything, { maxBytes: 64 * 1024 }))).toEqual([413, "请求体过大（至多 64 KB），已拒绝。"]);
  });

  it("is refused with 400 when it holds a NUL or is not UTF-8", async () => {
    expect(await problem(readJson(post(JSON.stringify({ message: "a\u0000b" })), anything))).toEqual([400, "请求体含有无效字符（NUL），已拒绝。"]);
    expect(await problem(readJson(post(Uint8Array.of(0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d)), anything))).toEqual([400, "请求体不是有效的 JSON（UTF-8）。"]);
    expect(await readJson(post(JSON.stringify({ message: "公务接待费" })), anything)).toEqual({ message: "公务接待费" });
  });
});

describe("a route's query", () => {
  it("is refused with 400 when a name or value holds a NUL", () => {
    const schema = z.object({ q: z.string().optional() });
    expect(() => readQuery(new Request("http://portal.test/api/v1/disclosures?q=a%00b"), schema)).toThrow(/请求地址含有无效字符/);
    expect(() => readQuery(new Request("http://portal.test/api/v1/disclosures?%00=1"), schema)).toThrow(HttpProblem);
    expect(readQuery(new Request("http://portal.test/api/v1/disclosures?q=%E5%85%AC"), schema)).toEqual({ q: "公" });
  });
});

describe("an unexpected error in a route", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is answered 500 and logged without the statement or its values", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = apiRoute(async () => {
      throw new DrizzleQueryError('select "id" from "disclosures" where "title" like $1', ["%机密查询词%"], Object.assign(new Error("boom"), { code: "XX000" }));
    });
    const res = await failing(new Request("http://portal.test/api/v1/disclosures?q=x"), {});
    expect(res.status).toBe(500);
    const line = logged.mock.calls.map((c) => c.join(" ")).join("\n");
    expect(line).toContain("GET /api/v1/disclosures");
    expect(line).not.toMatch(/机密查询词|select|disclosures"/);
  });
});
