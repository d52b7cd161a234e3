import { describe, expect, it } from "vitest";
import { checkFormToken, issueFormToken } from "./form-token";

const key = Buffer.alloc(32, 7);
const other = Buffer.alloc(32, 8);
const t0 = Date.UTC(2026, 2, 1, 1, 0, 0);

describe("the form's time token", () => {
  const token = issueFormToken({ key, now: t0 });

  it("is refused within 3 s of the page being served", () => {
    expect(checkFormToken({ token, key, now: t0 + 2_999 })).toEqual({ ok: false, reason: "too_fast" });
    expect(checkFormToken({ token, key, now: t0 + 3_000 })).toEqual({ ok: true });
  });

  it("is refused after a day", () => {
    expect(checkFormToken({ token, key, now: t0 + 24 * 3600_000 + 1 })).toEqual({ ok: false, reason: "expired" });
  });

  it("cannot be backdated or signed with another key", () => {
    const [, sig] = token.split(".");
    expect(checkFormToken({ token: `${t0 - 60_000}.${sig}`, key, now: t0 + 5_000 })).toEqual({ ok: false, reason: "invalid" });
    expect(checkFormToken({ token: issueFormToken({ key: other, now: t0 }), key, now: t0 + 5_000 })).toEqual({ ok: false, reason: "invalid" });
    expect(checkFormToken({ token: "", key, now: t0 })).toEqual({ ok: false, reason: "invalid" });
    expect(checkFormToken({ token: `${t0}.${"A".repeat(43)}`, key, now: t0 + 5_000 })).toEqual({ ok: false, reason: "invalid" });
  });
});
