import { describe, expect, it } from "vitest";
import { RESULTS_CSV_HEADER, searchResultsCsv, type ResultLine } from "./results-csv";

// 北碚区人民政府办公室 2024 (seeds/beibei-zfb-2024.txt): 支出合计 2,514.61 万元, “三公”经费 27.5 万元
const BEIBEI: ResultLine = {
  district: "北碚区",
  department: { key: "500109-101", code: "101", name: "重庆市北碚区人民政府办公室" },
  year: 2024,
  kind: "budget",
  totals: { expenditure: "25146100.00", basic: null, project: null, threePublic: "275000.00" },
  publishedOn: "2024-02-05",
  url: "/disclosures/0b7f6c1e-0000-4000-8000-000000000001",
};

const parse = (csv: string) => csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");

describe("search results as CSV", () => {
  it("open in Excel as Chinese: a byte-order mark and the headers as the portal names them, units in the headers", () => {
    const csv = searchResultsCsv({ items: [BEIBEI], total: 1, limit: 5000, origin: "https://yusuan.example.cn" });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(parse(csv)[0]).toBe("区县,区县代码,部门,部门编码,年度,类别,支出合计（元）,基本支出（元）,项目支出（元）,“三公”经费（元）,公开日期,链接");
    expect(RESULTS_CSV_HEADER).toHaveLength(12);
  });

  it("give one line a result, amounts exact in 元, a blank left empty, and the full address", () => {
    const [, line] = parse(searchResultsCsv({ items: [BEIBEI], total: 1, limit: 5000, origin: "https://yusuan.example.cn" }));
    expect(line).toBe(
      "北碚区,500109,重庆市北碚区人民政府办公室,101,2024,部门预算,25146100.00,,,275000.00,2024-02-05,https://yusuan.example.cn/disclosures/0b7f6c1e-0000-4000-8000-000000000001",
    );
  });

  it("quote a name with a comma, and say when only the first results are in the file", () => {
    const odd = { ...BEIBEI, department: { ...BEIBEI.department, name: "区财政局,区国资委" } };
    const lines = parse(searchResultsCsv({ items: [odd], total: 6200, limit: 1, origin: "http://localhost" }));
    expect(lines[1]).toContain('"区财政局,区国资委"');
    expect(lines.at(-1)).toBe('"共 6,200 份，此文件只含前 1 份；请缩小检索范围后再下载。"');
  });
});
