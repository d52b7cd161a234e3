import { describe, expect, it } from "vitest";
import { progressSteps, statusAfter } from "./status";

const answer = { kind: "answer", answer: "已更正", public: true } as const;

describe("a feedback's status", () => {
  it("goes new → acknowledged → answered → closed", () => {
    expect(statusAfter("new", { kind: "acknowledge" }, false)).toEqual({ ok: true, status: "acknowledged" });
    expect(statusAfter("acknowledged", answer, false)).toEqual({ ok: true, status: "answered" });
    expect(statusAfter("answered", { kind: "close" }, true)).toEqual({ ok: true, status: "closed" });
  });

  it("never goes back", () => {
    expect(statusAfter("acknowledged", { kind: "acknowledge" }, false)).toMatchObject({ ok: false });
    expect(statusAfter("answered", { kind: "acknowledge" }, true)).toMatchObject({ ok: false });
    expect(statusAfter("closed", answer, true)).toEqual({ ok: false, message: "该意见已办结，不能再更改。" });
  });

  it("may be answered without acknowledging first, and the answer corrected while open", () => {
    expect(statusAfter("new", answer, false)).toEqual({ ok: true, status: "answered" });
    expect(statusAfter("answered", answer, true)).toEqual({ ok: true, status: "answered" });
  });

  it("lets an answer be published or withdrawn, even when closed, but not before there is one", () => {
    expect(statusAfter("closed", { kind: "publish", public: false }, true)).toEqual({ ok: true, status: "closed" });
    expect(statusAfter("new", { kind: "publish", public: true }, false)).toMatchObject({ ok: false });
  });

  it("shows the sender how far it came", () => {
    expect(progressSteps("acknowledged").map((s) => s.done)).toEqual([true, true, false, false]);
  });
});
