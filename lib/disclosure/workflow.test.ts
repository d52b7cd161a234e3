import { describe, expect, it } from "vitest";
import { availableActions, checkTransition } from "./workflow";

describe("the review workflow", () => {
  it("goes draft → submitted → approved → published → retracted, each step by its role", () => {
    expect(checkTransition("submit", "editor", "draft")).toEqual({ ok: true, to: "submitted" });
    expect(checkTransition("approve", "reviewer", "submitted")).toEqual({ ok: true, to: "approved" });
    expect(checkTransition("publish", "admin", "approved")).toEqual({ ok: true, to: "published" });
    expect(checkTransition("retract", "admin", "published")).toEqual({ ok: true, to: "retracted" });
  });

  it("sends a returned disclosure back through the editor", () => {
    expect(checkTransition("return", "reviewer", "submitted")).toEqual({ ok: true, to: "returned" });
    expect(checkTransition("submit", "editor", "returned")).toEqual({ ok: true, to: "submitted" });
  });

  it("refuses the wrong role with 403 and the wrong status with 409", () => {
    expect(checkTransition("publish", "editor", "approved")).toMatchObject({ ok: false, status: 403 });
    expect(checkTransition("approve", "editor", "submitted")).toMatchObject({ ok: false, status: 403 });
    expect(checkTransition("approve", "admin", "submitted")).toMatchObject({ ok: false, status: 403 });
    expect(checkTransition("publish", "admin", "submitted")).toMatchObject({ ok: false, status: 409 });
    expect(checkTransition("submit", "editor", "published")).toMatchObject({ ok: false, status: 409 });
  });

  it("offers each role only the steps it may take", () => {
    expect(availableActions("editor", "draft")).toEqual(["submit"]);
    expect(availableActions("reviewer", "submitted")).toEqual(["return", "approve"]);
    expect(availableActions("admin", "approved")).toEqual(["publish"]);
    expect(availableActions("editor", "submitted")).toEqual([]);
  });
});
