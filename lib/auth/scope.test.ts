import { describe, expect, it } from "vitest";
import { type Actor, canEditDepartment, canReadDepartment } from "./scope";

const base = { id: 1, email: "x@y.cn", name: "X", sessionId: "s", departmentIds: [], districtCodes: [] };
const editor: Actor = { ...base, role: "editor", departmentIds: [7] };
const reviewer: Actor = { ...base, role: "reviewer", districtCodes: ["500109"] };
const admin: Actor = { ...base, role: "admin" };
const own = { id: 7, districtCode: "500109" };
const otherInDistrict = { id: 8, districtCode: "500109" };
const elsewhere = { id: 9, districtCode: "500108" };

describe("department scope", () => {
  it("an editor reads and edits their own department only", () => {
    expect(canReadDepartment(editor, own)).toBe(true);
    expect(canEditDepartment(editor, own)).toBe(true);
    expect(canReadDepartment(editor, otherInDistrict)).toBe(false);
    expect(canEditDepartment(editor, otherInDistrict)).toBe(false);
  });
  it("a reviewer reads the departments of their districts and edits none", () => {
    expect(canReadDepartment(reviewer, otherInDistrict)).toBe(true);
    expect(canReadDepartment(reviewer, elsewhere)).toBe(false);
    expect(canEditDepartment(reviewer, own)).toBe(false);
  });
  it("an admin reads everything but does not write a department's drafts", () => {
    expect(canReadDepartment(admin, elsewhere)).toBe(true);
    expect(canEditDepartment(admin, elsewhere)).toBe(false);
  });
});
