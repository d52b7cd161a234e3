import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeDocumentBytes, ImportError, parseDisclosureText, recognize, textModel } from "./index";

const FILE = "beibei-zwfwzx-2025.txt";
const seed = readFileSync(join(__dirname, "../../db/sample/disclosures", FILE), "utf8");
const parse = (text: string) => parseDisclosureText(text, { fileName: "x.txt" });
/** What the importer could not read (I1), imported anyway. */
const issuesOf = (text: string) => recognize(textModel(text), { fileName: "x.txt" }).issues;

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

describe("what one document cannot read is reported where it stands, and the rest imports", () => {
  it("leaves a letter inside an amount blank and names file, table, row and column", () => {
    const text = seed.replace("2010301\t行政运行\t152.03\t3.50\t3.50\t", "2010301\t行政运行\t152.03\t3.50\t12a.5\t");
    const [issue, ...others] = issuesOf(text);
    expect(others).toEqual([]);
    expect(issue).toMatchObject({ rule: "I1", severity: "warning", table: "general_budget_function", row: "2010301 行政运行", column: "基本支出" });
    expect(issue!.message).toBe(
      "“重庆市北碚区政务服务中心一般公共预算财政拨款支出预算表”第 4 行（2010301 行政运行）“基本支出”列的“12a.5”不是金额，已留空：“12a.5”不是金额",
    );
    const table = parse(text).tables.find((t) => t.kind === "general_budget_function");
    const row = table?.kind === "other" ? undefined : table?.rows.find((r) => r.code === "2010301");
    expect(row?.values).toMatchObject({ total: "35000.00", basic: null });
  });

  it("names the row of a bad amount on a two-sided summary", () => {
    const text = seed.replace("卫生健康支出\t11.80\t11.80\t\t", "卫生健康支出\t11.80\t11,8O\t\t");
    expect(issuesOf(text).map((i) => i.message)).toEqual([
      expect.stringMatching(/^“重庆市北碚区政务服务中心财政拨款收支总表”第 4 行（卫生健康支出）“一般公共预算”列的“11,8O”不是金额/),
    ]);
  });

  it("reads a table of an unknown unit in the document's unit, and says so", () => {
    const text = seed.replace("重庆市北碚区政务服务中心部门支出总表\n\n单位：万元", "重庆市北碚区政务服务中心部门支出总表\n\n单位：千元");
    expect(issuesOf(text).map((i) => i.message)).toEqual(["表“重庆市北碚区政务服务中心部门支出总表”的单位“千元”无法识别（应为“元”或“万元”），按全文的单位读取"]);
  });

  it("leaves out a row whose code is not a classification code, quoting it", () => {
    const text = seed.replace("20805\t行政事业单位养老支出\t58.05", "2O805\t行政事业单位养老支出\t58.05");
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/第 8 行未能读取（“2O805”不是科目编码），原文：“2O805 \| 行政事业单位养老支出 \| 58\.05/);
  });

});

describe("documents that cannot be imported", () => {
  it("refuses a truncated document", () => {
    // cut in the narrative: no table at all
    expect(() => parse(seed.slice(0, seed.indexOf("部门预算公开联系人")))).toThrow(/找不到任何预算表.*不完整/);
    // cut inside the last row
    expect(() => parse(seed.slice(0, seed.trimEnd().length - 4))).toThrow(/最后一行不完整，文件可能被截断/);
  });

  it("imports a copy that ends right after a table's title, or before a target's indicators, and says it may be cut short", () => {
    const afterUnit = seed.indexOf("单位：万元", seed.indexOf("部门收支总表")) + "单位：万元".length;
    expect(issuesOf(seed.slice(0, afterUnit)).map((i) => i.message)).toContain("最后一张表“重庆市北碚区政务服务中心部门收支总表”没有内容，文件可能不完整（被截断）");
    expect(issuesOf(seed.slice(0, seed.lastIndexOf("立项依据"))).at(-1)?.message).toMatch(/没有内容，文件可能不完整（被截断）$/);
  });

  it("refuses an empty file", () => {
    expect(() => parse("")).toThrow("文件 x.txt：文件为空");
    expect(() => parse(" \n\t\n\uFEFF")).toThrow("文件为空");
    expect(() => decodeDocumentBytes(new Uint8Array(), "x.txt")).toThrow("文件 x.txt：文件为空");
  });

  it("refuses text that is not a disclosure", () => {
    expect(() => parse("Lorem ipsum dolor sit amet\n" + "a\tb\tc\n".repeat(20))).toThrow(/找不到任何预算表/);
  });
});

describe("decodeDocumentBytes", () => {
  const utf8 = new TextEncoder().encode(seed);

  it("decodes UTF-8 with and without a BOM", () => {
    expect(decodeDocumentBytes(utf8, FILE)).toBe(seed);
    expect(decodeDocumentBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), FILE)).toBe(seed);
  });

  it("decodes a GB18030 file into the same document", () => {
    const bytes = readFileSync(join(__dirname, "fixtures/beibei-zwfwzx-2025.gb18030.txt"));
    const text = decodeDocumentBytes(new Uint8Array(bytes), FILE);
    expect(text).toBe(seed);
    expect(parseDisclosureText(text, { fileName: FILE })).toEqual(parseDisclosureText(seed, { fileName: FILE }));
  });

  it("refuses 10 MB of random bytes quickly and clearly", () => {
    let state = 0x2545f491;
    const bytes = new Uint8Array(10 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      bytes[i] = state & 0xff;
    }
    const started = performance.now();
    const error = importError(() => decodeDocumentBytes(bytes, "random.bin"));
    expect(error.message).toMatch(/^文件 random\.bin：不是文本文件/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("refuses random bytes without NULs as undecodable", () => {
    const bytes = new Uint8Array(4096).map((_, i) => 0x80 + ((i * 37) % 0x7f));
    expect(() => decodeDocumentBytes(bytes, "odd.bin")).toThrow(/文件 odd\.bin：(无法识别文件编码|不是文本文件)/);
  });

  it("says a UTF-8 file cut inside a character is truncated", () => {
    const text = new TextEncoder().encode(seed.trimEnd() + "否");
    expect(() => decodeDocumentBytes(text.subarray(0, -1), FILE)).toThrow("文件 beibei-zwfwzx-2025.txt：文件被截断");
    expect(() => decodeDocumentBytes(text.subarray(0, -2), FILE)).toThrow("文件被截断");
  });
});
