import { describe, expect, it } from "vitest";
import { lockKeyOf, rateLimitMessage, rateVerdict } from "./rate-limit";

const now = new Date("2026-03-01T01:10:00Z");
const windowMs = 10 * 60_000;

describe("the rate limit's verdict", () => {
  it("allows up to the limit", () => {
    expect(rateVerdict({ accepted: 4, oldest: new Date("2026-03-01T01:05:00Z"), now, max: 5, windowMs })).toEqual({ allowed: true });
  });

  it("refuses the next until the oldest in the window leaves it", () => {
    expect(rateVerdict({ accepted: 5, oldest: new Date("2026-03-01T01:05:00.200Z"), now, max: 5, windowMs })).toEqual({ allowed: false, retryAfterSeconds: 301 });
    expect(rateVerdict({ accepted: 5, oldest: new Date("2026-03-01T01:00:00.100Z"), now, max: 5, windowMs })).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("says how long to wait in Chinese", () => {
    expect(rateLimitMessage({ retryAfterSeconds: 301, max: 5, windowMinutes: 10 })).toBe("提交过于频繁：同一网络地址 10 分钟内至多提交 5 条意见，请在 6 分钟后再试。");
    expect(rateLimitMessage({ retryAfterSeconds: 12, max: 5, windowMinutes: 10 })).toContain("请在 12 秒后再试");
  });

  it("locks per client with a 32-bit key", () => {
    expect(lockKeyOf("ffffffff" + "0".repeat(56))).toBe(-1);
    expect(lockKeyOf("00000010" + "f".repeat(56))).toBe(16);
  });
});
