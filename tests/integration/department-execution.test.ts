import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { listDepartmentExecution } from "@/db/queries/department-execution";
import { findDepartmentByKey } from "@/db/queries/departments";
import { listDepartmentYears } from "@/db/queries/public-disclosures";
import { createDisclosure } from "@/lib/disclosure/create";
import type { DisclosureDocument, DisclosureTable } from "@/lib/disclosure/schema";
import { setUpTestDatabase } from "./test-db";

let handle: DbHandle;
let tearDown: () => Promise<void>;

beforeAll(async () => {
  ({ handle, tearDown } = await setUpTestDatabase());
});
afterAll(() => tearDown());

const doc = (kind: "budget" | "final", year: number, tables: DisclosureTable[]): DisclosureDocument => ({
  format: "budget-disclosure/v1",
  district: "北碚区",
  department: { code: "997", name: "重庆市北碚区执行率测试局" },
  year,
  kind,
  sourceUnit: "万元",
  sections: {},
  tables,
  projects: [],
  performance: { overall: null, projects: [] },
});
const spending = (total: string, basic: string, project: string) => [
  { code: "201", name: "一般公共服务支出", values: { total, basic, project } },
  { code: "total", name: "合计", values: { total, basic, project } },
];
const three = (total: string, outbound: string, vehicle: string, reception: string) => ({ total, outbound, vehicleSubtotal: vehicle, vehiclePurchase: "0.00", vehicleOperation: vehicle, reception });

// 2033 budget: 1,000.00 万元 spent, 400.00 basic, 600.00 project; “三公” 10.00 (车 8.00, 接待 2.00, 出国 0)
const budget2033 = doc("budget", 2033, [
  { kind: "expenditure_summary", title: "", rows: spending("10000000.00", "4000000.00", "6000000.00") },
  { kind: "three_public", title: "", rows: [
    { name: "prior", values: three("90000.00", "0.00", "70000.00", "20000.00") },
    { name: "current", values: three("100000.00", "0.00", "80000.00", "20000.00") },
  ] },
]);
// its 决算: 963.00 spent, 412.00 basic, 551.00 project; “三公” 7.40 (车 6.20, 接待 1.20, 出国 0)
const final2033 = doc("final", 2033, [
  { kind: "final_expenditure", title: "", rows: spending("9630000.00", "4120000.00", "5510000.00") },
  { kind: "final_three_public", title: "", rows: [
    { name: "budget", values: three("100000.00", "0.00", "80000.00", "20000.00") },
    { name: "final", values: three("74000.00", "0.00", "62000.00", "12000.00") },
  ] },
]);

describe("the department page's 预算 against 决算", () => {
  it("sets a year's published budget beside its published final: 预算数, 决算数, 增减 and 执行率", async () => {
    const budget = await createDisclosure({ db: handle.db, doc: budget2033, status: "published", actor: null, source: "测试" });
    const final = await createDisclosure({ db: handle.db, doc: final2033, status: "published", actor: null, source: "测试" });
    // a 2034 budget without a 决算 yet
    await createDisclosure({ db: handle.db, doc: { ...budget2033, year: 2034 }, status: "published", actor: null, source: "测试" });
    const { department } = (await findDepartmentByKey({ db: handle.db, key: "500109-997" }))!;
    const years = await listDepartmentExecution({ db: handle.db, years: await listDepartmentYears({ db: handle.db, departmentId: department.id }) });

    expect(years.map((y) => [y.year, y.budgetId, y.finalId])).toEqual([[2034, expect.any(String), null], [2033, budget.id, final.id]]);
    const line = (label: string) => years[1]!.lines.find((l) => l.label === label)!;
    // 963 ÷ 1,000 = 96.30 %, 37.00 万元 less
    expect(line("支出合计")).toMatchObject({ budget: "10000000.00", final: "9630000.00", difference: "-370000.00", rate: "96.30" });
    // 412 ÷ 400 = 103.00 %
    expect(line("基本支出")).toMatchObject({ difference: "120000.00", rate: "103.00" });
    // 551 ÷ 600 = 91.8333… %
    expect(line("项目支出")).toMatchObject({ rate: "91.83" });
    // “三公” 7.40 ÷ 10.00 = 74.00 %; the budget's 本年 row, not its 上年 row
    expect(line("“三公”经费合计")).toMatchObject({ budget: "100000.00", final: "74000.00", rate: "74.00" });
    expect(line("公务用车购置及运行费")).toMatchObject({ budget: "80000.00", final: "62000.00", rate: "77.50" });
    expect(line("公务接待费")).toMatchObject({ budget: "20000.00", final: "12000.00", difference: "-8000.00", rate: "60.00" });
    // 0 budgeted, 0 spent: no rate against 0
    expect(line("因公出国（境）费")).toMatchObject({ budget: "0.00", final: "0.00", difference: "0.00", rate: null });
    expect(years[0]!.lines[0]).toMatchObject({ budget: "10000000.00", final: null, rate: null });
  });

  it("leaves out a 决算 that is not published", async () => {
    await createDisclosure({ db: handle.db, doc: { ...final2033, year: 2034 }, actor: null, source: "测试" });
    const { department } = (await findDepartmentByKey({ db: handle.db, key: "500109-997" }))!;
    const years = await listDepartmentExecution({ db: handle.db, years: await listDepartmentYears({ db: handle.db, departmentId: department.id }) });
    expect(years.find((y) => y.year === 2034)!.finalId).toBeNull();
  });
});
