import { describe, expect, it } from "vitest";
import { assignmentConflict, needsDepartment, statedKey, withDepartment } from "./assign";

const beibei = { districtCode: "500109", districtName: "北碚区", code: "134", name: "重庆市北碚区政务服务中心" };
const doc = (district: string, code: string, name = "某中心") => ({ district, department: { code, name } });

describe("filing a document under a department", () => {
  it("knows whether the file named its district and department", () => {
    expect(needsDepartment(doc("北碚区", "134"))).toBe(false);
    expect(needsDepartment(doc("未注明", "134"))).toBe(true);
    expect(needsDepartment(doc("北碚区", "未注明"))).toBe(true);
    expect(statedKey(doc("北碚区", "134"))).toBe("500109-134");
    expect(statedKey(doc("北碚区", "未注明"))).toBeUndefined();
  });

  it("refuses a department the file contradicts", () => {
    expect(assignmentConflict(doc("南岸区", "未注明"), beibei)).toContain("文件写明属于南岸区");
    expect(assignmentConflict(doc("未注明", "236"), beibei)).toContain("部门编码为 236");
    expect(assignmentConflict(doc("北碚区", "未注明"), beibei)).toBeNull();
  });

  it("fills in what the file left out, keeping the name as printed", () => {
    expect(withDepartment(doc("未注明", "未注明", "未注明"), beibei)).toEqual(doc("北碚区", "134", "重庆市北碚区政务服务中心"));
    expect(withDepartment(doc("北碚区", "未注明", "北碚区政务中心"), beibei)).toEqual(doc("北碚区", "134", "北碚区政务中心"));
    // an admin files it under another department: that department's name
    expect(withDepartment(doc("北碚区", "999", "别的局"), beibei)).toEqual(doc("北碚区", "134", "重庆市北碚区政务服务中心"));
  });
});
