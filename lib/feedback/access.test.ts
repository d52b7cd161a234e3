import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/scope";
import { canAnswerFeedback, canReadFeedback } from "./access";

const actor = (role: Actor["role"], scope: Partial<Actor> = {}): Actor => ({ id: 1, email: "a@b", name: "n", role, sessionId: "s", departmentIds: [], districtCodes: [], ...scope });
const beibei134 = { id: 7, districtCode: "500109" };
const nanan236 = { id: 9, districtCode: "500108" };

describe("who reads and answers feedback", () => {
  it("an editor: their own departments' only", () => {
    const editor = actor("editor", { departmentIds: [7] });
    expect([canReadFeedback(editor, beibei134), canAnswerFeedback(editor, beibei134)]).toEqual([true, true]);
    expect([canReadFeedback(editor, nanan236), canAnswerFeedback(editor, nanan236)]).toEqual([false, false]);
    expect(canReadFeedback(editor, null)).toBe(false);
  });

  it("a reviewer: their districts', read only", () => {
    const reviewer = actor("reviewer", { districtCodes: ["500109"] });
    expect([canReadFeedback(reviewer, beibei134), canAnswerFeedback(reviewer, beibei134)]).toEqual([true, false]);
    expect(canReadFeedback(reviewer, nanan236)).toBe(false);
  });

  it("an admin: all of it, the portal's own included", () => {
    expect([canReadFeedback(actor("admin"), null), canAnswerFeedback(actor("admin"), nanan236)]).toEqual([true, true]);
  });
});
