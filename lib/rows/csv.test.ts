import { describe, expect, it } from "vitest";
import { rowSearchCsv } from "./csv";
import type { RowSearchItem } from "./item";

// 30217 公务接待费 of 重庆市南岸区政务服务管理办公室, 2024: 总计 1.00 万元, 公用经费 1.00 万元 (seeds/nanan-zwb-2024.txt)
const reception: RowSearchItem = {
  disclosureId: "00000000-0000-4000-8000-000000000001",
  district: "南岸区",
  department: { key: "500108-236", code: "236", name: "重庆市南岸区政务服务管理办公室" },
  year: 2024,
  kind: "budget",
  table: "basic_economic",
  code: "30217",
  name: "公务接待费",
  values: { total: "10000.00", personnel: null, publicUse: "10000.00" },
};

const linesOf = (csv: string) => csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");

describe("the row search's CSV", () => {
  it("heads every column in Chinese and gives amounts in 元, a blank cell empty", () => {
    const csv = rowSearchCsv({ items: [reception], total: 1 });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(linesOf(csv)).toEqual([
      "区县,区县代码,部门,部门编码,年度,类别,表格,科目编码,科目名称,总计（元）,人员经费（元）,公用经费（元）",
      "南岸区,500108,重庆市南岸区政务服务管理办公室,236,2024,部门预算,一般公共预算财政拨款基本支出表,30217,公务接待费,10000.00,,10000.00",
    ]);
  });

  it("shows a 合计 row without the format's code", () => {
    const total = { ...reception, code: "total", name: "合计", values: { total: "1024800.00", personnel: null, publicUse: "1024800.00" } };
    expect(linesOf(rowSearchCsv({ items: [total], total: 1 }))[1]).toContain(",一般公共预算财政拨款基本支出表,,合计,");
  });

  it("says so when it holds only the first rows", () => {
    expect(linesOf(rowSearchCsv({ items: [reception], total: 25_000 })).at(-1)).toBe('"共 25,000 行，此文件只含前 1 行；请按区县或年度缩小范围后再下载。"');
  });
});
