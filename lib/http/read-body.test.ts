import { describe, expect, it } from "vitest";
import { HttpProblem } from "./problem";
import { BODY_LIMITS, readBody } from "./read-body";
import { streamingRequest } from "./test-streaming-request";

const MB = 1024 * 1024;

/** A request whose body would stream `total` bytes of "A" in 64 KB chunks, counting what was pulled. */
const streamingFeedback = (total: number, headers: Record<string, string> = {}) =>
  streamingRequest({ url: "http://portal.test/api/v1/feedback", total, chunk: new Uint8Array(64 * 1024).fill(0x41), headers });

async function refusal(promise: Promise<unknown>): Promise<HttpProblem> {
  const e = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
}

describe("reading a request body within its limit", () => {
  it("stops a 700 MB chunked body (no Content-Length) just past the limit, holding no more than the limit", async () => {
    const { req, pulled } = streamingFeedback(700 * MB);
    const before = process.memoryUsage().rss;
    const e = await refusal(readBody(req, BODY_LIMITS.feedback));
    expect(e.status).toBe(413);
    expect(e.message).toBe("请求体过大（至多 64 KB），已拒绝。");
    expect(pulled.bytes).toBeLessThanOrEqual(BODY_LIMITS.feedback + 2 * 64 * 1024);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
  });

  it("stops a 700 MB body at the admin JSON limit of 5 MB", async () => {
    const { req, pulled } = streamingFeedback(700 * MB);
    expect((await refusal(readBody(req, BODY_LIMITS.adminJson))).status).toBe(413);
    expect(pulled.bytes).toBeLessThan(6 * MB);
  });

  it("refuses at once, reading nothing, when Content-Length says too much", async () => {
    const { req, pulled } = streamingFeedback(700 * MB, { "content-length": String(700 * MB) });
    const e = await refusal(readBody(req, BODY_LIMITS.upload, "文件超过 20 MB，未导入。"));
    expect([e.status, e.message]).toEqual([413, "文件超过 20 MB，未导入。"]);
    expect(pulled.bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it("gives a body within the limit whole, whatever its chunks", async () => {
    const { req } = streamingFeedback(3 * 64 * 1024);
    const bytes = await readBody(req, BODY_LIMITS.feedback * 4);
    expect(bytes.byteLength).toBe(3 * 64 * 1024);
    expect(bytes.every((b) => b === 0x41)).toBe(true);
    const empty = new Request("http://portal.test/x", { method: "POST" });
    expect((await readBody(empty, 10)).byteLength).toBe(0);
  });
});
