import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ImportError } from "../errors";
import type { Block, DocumentModel, TableBlock } from "../model";
import { readPdf } from "./read-pdf";
import { textWidth, writeTestPdf, type TestItem } from "./test-pdf-writer";

/*
 * Every expectation on a corpus file was read off its rendered page (pdftoppm -r 70, then looked at),
 * not copied from the reader's output.
 */
const fixtures = path.join(__dirname, "..", "fixtures");
const corpus = (name: string) => path.join(fixtures, "corpus", name);
const bad = (name: string) => path.join(fixtures, "bad", name);

const models = new Map<string, Promise<DocumentModel>>();
function read(file: string): Promise<DocumentModel> {
  if (!models.has(file)) models.set(file, readPdf(readFileSync(file), path.basename(file)));
  return models.get(file)!;
}

/** The table that follows the first text block matching `title`. */
function tableAfter(model: DocumentModel, title: RegExp): TableBlock {
  const start = model.blocks.findIndex((b) => b.type !== "table" && title.test(b.text));
  expect(start, `a block titled ${title}`).toBeGreaterThanOrEqual(0);
  const table = model.blocks.slice(start).find((b): b is TableBlock => b.type === "table");
  expect(table, `a table after ${title}`).toBeDefined();
  return table!;
}

const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "table" ? [] : [b.text]));

describe("readPdf on ruled tables (WPS 表格, qzfb_2025_dept.pdf)", { timeout: 60_000 }, () => {
  const file = corpus("qzfb_2025_dept.pdf");

  it("reads 财务收支预算总表 as a 4-column grid with its merged header and figures", async () => {
    const model = await read(file);
    expect(model).toMatchObject({ format: "pdf", pages: 22 });
    const table = tableAfter(model, /^2025年部门财务收支预算总表$/);
    expect(table.page).toBe(8);
    expect(table.rows[0]).toEqual(["本年收入", "", "本年支出", ""]);
    expect(table.rows[1]).toEqual(["项目", "预算数", "项目", "预算数"]);
    expect(table.rows).toContainEqual(["一、财政拨款收入", "91,016,775.35", "一、一般公共服务支出", "82,096,797.42"]);
    expect(table.rows).toContainEqual(["2. 政府性基金", "", "三、卫生健康支出", "1,097,073.43"]);
    expect(table.rows.at(-1)).toEqual(["收入总计", "91,016,775.35", "支出总计", "91,016,775.35"]);
    expect(table.rows.every((r) => r.length === 4)).toBe(true);
  });

  it("keeps the title and the 编制部门/单位 line as text blocks before the table", async () => {
    const model = await read(file);
    const i = model.blocks.findIndex((b) => b.type === "heading" && b.text === "2025年部门财务收支预算总表");
    expect(model.blocks[i + 1]).toMatchObject({ type: "paragraph", page: 8 });
    const line = (model.blocks[i + 1] as { text: string }).text;
    expect(line).toMatch(/^编制部门：上海市普陀区人民政府办公室\s+单位：元$/);
    expect(model.blocks[i + 2]?.type).toBe("table");
  });

  it("splits codes over the 类/款/项 columns and joins a table continued on the next page without a header", async () => {
    const table = tableAfter(await read(file), /^2025年部门收入预算总表$/);
    expect(table.rows[1]!.slice(0, 4)).toEqual(["功能分类科目编码", "", "", "功能分类科目名称"]);
    expect(table.rows[2]!.slice(0, 3)).toEqual(["类", "款", "项"]);
    expect(table.rows).toContainEqual(["201", "03", "01", "行政运行", "12,029,501.84", "12,029,501.84", "", "", ""]);
    expect(table.rows[1]).toContain("事业单位经营收入");
    // p10 holds 210… to 221 02 03 and the 合计 row, with no repeated header
    expect(table.rows).toContainEqual(["221", "02", "03", "购房补贴", "1,867,680.00", "1,867,680.00", "", "", ""]);
    expect(table.rows.at(-1)!.slice(0, 5)).toEqual(["合计", "", "", "", "91,016,775.35"]);
    expect(new Set(table.rowPages)).toEqual(new Set([9, 10]));
    expect(table.rowPages!.at(-1)).toBe(10);
  });

  it("drops the header a continued table repeats on its next page", async () => {
    const table = tableAfter(await read(file), /^2025年部门一般公共预算支出功能分类预算表$/);
    expect(table.rows.filter((r) => r[0] === "项目")).toHaveLength(1);
    expect(table.rows.filter((r) => r[0] === "类")).toHaveLength(1);
    expect(table.rows).toContainEqual(["210", "11", "01", "行政单位医疗", "782,855.28", "782,855.28", ""]);
    expect(table.rows.at(-1)).toEqual(["合计", "", "", "", "91,016,775.35", "24,606,775.35", "66,410,000.00"]);
    expect(table.rowPages!.at(-1)).toBe(15);
  });

  it("keeps an empty table with its header and 合计 row, and the note under it", async () => {
    const model = await read(file);
    const table = tableAfter(model, /^2025年部门政府性基金预算支出功能分类预算表$/);
    expect(table.rows.at(-1)).toEqual(["合计", "", "", "", "", "", ""]);
    const after = model.blocks[model.blocks.indexOf(table) + 1];
    expect(after).toMatchObject({ type: "paragraph", text: "注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。" });
  });

  it("joins a narrative paragraph wrapped over three lines into one block, and numbered items stay apart", async () => {
    const page6 = texts((await read(file)).blocks.filter((b) => b.page === 6));
    expect(page6).toContain(
      "支出预算9,101.68万元，其中：财政拨款支出预算9,101.68万元，比2024年预算减少2,389.52万元。财政拨款支出预算中，一般公共预算拨款支出预算9,101.68万元，比2024年预算减少2,389.52万元；政府性基金拨款支出预算0万元，比2024年预算持平；国有资本经营预算拨款支出预算0万元，比2024年预算持平。",
    );
    expect(page6.filter((t) => /^\d\. “/.test(t))).toHaveLength(8);
    expect(page6).toContain("财政拨款收入支出减少的主要原因是项目调整。");
  });
});

describe("readPdf on other producers", { timeout: 60_000 }, () => {
  it("joins a cell's wrapped lines and a wrapped cover title (Word, ghzy_2024_final.pdf)", async () => {
    const model = await read(corpus("ghzy_2024_final.pdf"));
    expect(model.blocks.slice(0, 2)).toEqual([
      { type: "heading", page: 1, text: "上海市普陀区规划和自然资源局" },
      { type: "heading", page: 1, text: "2024 年度部门决算" },
    ]);
    const table = tableAfter(model, /^收入决算表$/);
    expect(table.rows[0]).toEqual(["项目", "", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]);
    expect(table.rows[1]!.slice(0, 2)).toEqual(["功能分类科目编码", "科目名称"]);
    expect(table.rows).toContainEqual(["2080505", "机关事业单位基本养老保险缴费支出", "446.11", "446.11", "", "", "", "", ""]);
    expect(table.rows).toContainEqual(["合计", "", "9746.50", "9746.50", "", "", "", "", ""]);
  });

  it("reads split codes and a two-panel table over two pages (ONLYOFFICE, ptczj_2024_final.pdf)", async () => {
    const model = await read(corpus("ptczj_2024_final.pdf"));
    const income = tableAfter(model, /^收入决算表$/);
    expect(income.rows).toContainEqual(["201", "06", "01", "行政运行", "1,511.90", "1,511.89", "", "", "", "", "0.01"]);
    const basic = tableAfter(model, /^一般公共预算财政拨款基本支出决算表$/);
    expect(basic.rows).toContainEqual(["301", "01", "基本工资", "262.33", "302", "01", "办公费", "21.21"]);
    expect(basic.rows).toContainEqual(["301", "08", "机关事业单位基本养老保险缴费", "160.75", "302", "06", "电费", ""]);
    expect(basic.rows.at(-1)).toEqual(["人员经费合计", "", "", "2,152.26", "公用经费合计", "", "", "184.65"]);
    expect(new Set(basic.rowPages)).toEqual(new Set([16, 17]));
  });

  it("reads the blank template's tables with their empty cells (template_final.pdf)", async () => {
    const model = await read(corpus("template_final.pdf"));
    const table = tableAfter(model, /^收入决算表$/);
    expect(table.rows[0]).toEqual(["项目", "", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]);
    expect(table.rows).toContainEqual(["合计", "", "", "", "", "", "", "", ""]);
    expect(table.rows).toContainEqual(["20799", "其他文化旅游体育与传媒支出", "", "", "", "", "", "", ""]);
  });

  it("reads a browser-printed Chongqing document with Type3 fonts (beibei-zfb-2024.pdf)", async () => {
    const model = await read(corpus("chongqing-rendered/beibei-zfb-2024.pdf"));
    const table = tableAfter(model, /一般公共预算财政拨款支出预算表$/);
    expect(table.rows[0]).toEqual(["功能分类科目", "", "2023年预算数", "2024年预算数", "", ""]);
    expect(table.rows).toContainEqual(["2010301", "行政运行", "1,058.84", "1,029.30", "1,029.30", ""]);
    // Kangxi radicals the fonts print (⼀, ⼈) come out as ordinary ideographs
    expect(texts(model.blocks)).toContain("一、单位基本情况");
    expect(texts(model.blocks).some((t) => t.includes("二、部门收支总体情况"))).toBe(true);
  });
});

describe("readPdf on layouts the corpus lacks", { timeout: 30_000 }, () => {
  const header = ["项目", "合计", "基本支出", "项目支出"];
  const figures = [
    ["一般公共服务支出", "1,234.56", "1,000.00", "234.56"],
    ["行政运行", "800.00", "800.00", ""],
    ["社会保障和就业支出", "45.10", "45.10", ""],
    ["合计", "1,279.66", "1,045.10", "234.56"],
  ];
  const row = (cells: string[], y: number): TestItem[] =>
    cells.flatMap((text, i) => (text === "" ? [] : [i === 0 ? { text, x: 60, y } : { text, x: 330 + (i - 1) * 90, y, align: "right" as const }]));

  it("infers the columns of a table without rulings from the alignment of its words", async () => {
    const items: TestItem[] = [
      { text: "测试局部门支出总表", x: 220, y: 80, size: 16 },
      { text: "编制部门：测试局", x: 60, y: 110 },
      { text: "单位：万元", x: 480, y: 110 },
      ...[header, ...figures].flatMap((cells, i) => row(cells, 140 + 20 * i)),
    ];
    const model = await readPdf(writeTestPdf([items]), "unruled.pdf");
    expect(model.blocks.slice(0, 2)).toEqual([
      { type: "heading", page: 1, text: "测试局部门支出总表" },
      { type: "paragraph", page: 1, text: "编制部门：测试局  单位：万元" },
    ]);
    expect(model.blocks[2]).toEqual({ type: "table", page: 1, rows: [header, ...figures] });
  });

  it("reads a page whose text runs up the page (a landscape table turned on a portrait page)", async () => {
    const items = [header, ...figures].flatMap((cells, i) => row(cells, 140 + 20 * i));
    const model = await readPdf(writeTestPdf([items], { rotate: 90 }), "turned.pdf");
    expect(model.blocks).toEqual([{ type: "table", page: 1, rows: [header, ...figures] }]);
  });

  it("parts a title from the 单位 printed at the end of its line", async () => {
    const items: TestItem[] = [
      { text: "测试局部门收入总表", x: 60, y: 80 },
      { text: "单位：万元", x: 480, y: 80 },
      ...[header, ...figures].flatMap((cells, i) => row(cells, 110 + 20 * i)),
    ];
    const model = await readPdf(writeTestPdf([items]), "title-unit.pdf");
    expect(model.blocks.slice(0, 2)).toEqual([
      { type: "heading", page: 1, text: "测试局部门收入总表" },
      { type: "paragraph", page: 1, text: "单位：万元" },
    ]);
  });

  it("reads a table ruled only horizontally, a wrapped name between two rules as one cell", async () => {
    const items: TestItem[] = [{ text: "测试局支出表", x: 240, y: 80, size: 16 }];
    const ys = [130, 155, 195, 220, 245];
    for (const y of ys) items.push({ line: [55, y, 520, y] });
    items.push(...row(header, 147));
    items.push({ text: "一般公共服务支出（含政府办公厅", x: 60, y: 172 }, { text: "及相关机构事务）", x: 60, y: 187 });
    items.push(...row(["", "1,234.56", "1,000.00", "234.56"], 180));
    items.push(...row(figures[1]!, 212), ...row(figures[3]!, 237));
    const expected = [header, ["一般公共服务支出（含政府办公厅及相关机构事务）", "1,234.56", "1,000.00", "234.56"], figures[1], figures[3]];
    const model = await readPdf(writeTestPdf([items]), "rules.pdf");
    expect(model.blocks.find((b): b is TableBlock => b.type === "table")!.rows).toEqual(expected);
    // the same inside an outer frame: a "grid" of one column is no ruled table
    const framed = await readPdf(writeTestPdf([[...items, { line: [55, 130, 55, 245] }, { line: [520, 130, 520, 245] }]]), "framed.pdf");
    expect(framed.blocks.find((b): b is TableBlock => b.type === "table")!.rows).toEqual(expected);
  });

  it("splits the rows of a table ruled between its columns but not between its rows", async () => {
    const cols = [55, 250, 340, 430, 520];
    const items: TestItem[] = [{ text: "测试局支出表", x: 240, y: 80, size: 16 }];
    for (const y of [120, 145, 245]) items.push({ line: [55, y, 520, y] });
    for (const x of cols) items.push({ line: [x, 120, x, 245] });
    items.push(...row(header, 137));
    items.push(...row(figures[0]!, 162), ...row(figures[1]!, 182), ...row(figures[2]!, 202), ...row(figures[3]!, 236));
    items.push({ text: "（含下属单位）", x: 60, y: 215 });
    const model = await readPdf(writeTestPdf([items]), "column-rules.pdf");
    const table = model.blocks.find((b): b is TableBlock => b.type === "table")!;
    expect(table.rows).toEqual([header, figures[0], figures[1], ["社会保障和就业支出（含下属单位）", "45.10", "45.10", ""], figures[3]]);
  });

  it("continues a ruled table over a page break, drops the repeated header and the page numbers", async () => {
    const cols = [55, 250, 340, 430, 520];
    const ruled = (rows: string[][], top: number): TestItem[] => {
      const out: TestItem[] = [];
      const bottom = top + 25 * rows.length;
      for (let r = 0; r <= rows.length; r++) out.push({ line: [cols[0]!, top + 25 * r, cols[4]!, top + 25 * r] });
      for (const x of cols) out.push({ line: [x, top, x, bottom] });
      rows.forEach((cells, r) => out.push(...row(cells, top + 25 * r + 17)));
      return out;
    };
    const first = Array.from({ length: 6 }, (_, i) => [`项目${i + 1}`, `${i + 1}.00`, `${i + 1}.00`, ""]);
    const second = [["项目7", "7.00", "", "7.00"], ["合计", "28.00", "21.00", "7.00"]];
    const pageNumber = (n: number): TestItem => ({ text: `- ${n} -`, x: 297 - textWidth(`- ${n} -`, 10.5) / 2, y: 810 });
    const pdf = writeTestPdf([
      [{ text: "测试局支出明细表", x: 230, y: 80, size: 16 }, ...ruled([header, ...first], 600), pageNumber(1)],
      [...ruled([header, ...second], 60), { text: "注：本表为测试。", x: 60, y: 160 }, pageNumber(2)],
    ]);
    const model = await readPdf(pdf, "pages.pdf");
    expect(model.pages).toBe(2);
    expect(model.blocks).toEqual([
      { type: "heading", page: 1, text: "测试局支出明细表" },
      { type: "table", page: 1, rows: [header, ...first, ...second], rowPages: [1, 1, 1, 1, 1, 1, 1, 2, 2] },
      { type: "paragraph", page: 2, text: "注：本表为测试。" },
    ]);
  });

  it("drops a running header repeated at the top of the pages", async () => {
    const page = (n: number): TestItem[] => [
      { text: "测试局2025年部门预算公开", x: 60, y: 40, size: 9 },
      { text: `第${n}部分的正文。`, x: 60, y: 120 + 10 * n, size: 12 },
      { text: `${n}`, x: 295, y: 815, size: 9 },
    ];
    const model = await readPdf(writeTestPdf([page(1), page(2), page(3)]), "heads.pdf");
    expect(texts(model.blocks)).toEqual(["第1部分的正文。", "第2部分的正文。", "第3部分的正文。"]);
  });

  it("joins a paragraph that wraps at the right margin, also over a page break", async () => {
    const line = "预算收入与支出情况说明文字用于测试段落的换行与合并规则是否正确";
    const width = textWidth(line, 12);
    const para = (y: number, x = 60): TestItem => ({ text: line, x, y, size: 12 });
    const pdf = writeTestPdf([
      [para(100, 84), para(118), { text: "第一段结束。", x: 60, y: 136, size: 12 }, para(170, 84), para(188), para(206), para(224)],
      [{ text: "第二段在下一页继续。", x: 60, y: 80, size: 12 }, { text: "（一）新的一项。", x: 84, y: 98, size: 12 }],
    ]);
    expect(width).toBeGreaterThan(300);
    const model = await readPdf(pdf, "wrap.pdf");
    expect(model.blocks).toEqual([
      { type: "paragraph", page: 1, text: line + line + "第一段结束。" },
      { type: "paragraph", page: 1, text: line.repeat(4) + "第二段在下一页继续。" },
      { type: "paragraph", page: 2, text: "（一）新的一项。" },
    ]);
  });
});

describe("readPdf refuses what it cannot read", { timeout: 30_000 }, () => {
  const refuses = async (bytes: Uint8Array, message: RegExp) => {
    const attempt = readPdf(bytes, "x.pdf");
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toThrow(message);
  };

  it("an encrypted PDF", async () => {
    await refuses(readFileSync(bad("pdf-encrypted.pdf")), /PDF 文件已加密，无法读取；请上传未加密的文件/);
  });

  it("a truncated copy (the first 30% of a corpus file)", async () => {
    await refuses(readFileSync(bad("pdf-truncated.pdf")), /PDF 文件已损坏或不完整，无法读取/);
    const whole = readFileSync(corpus("ghzy_2024_final.pdf"));
    // pdf.js would make 30 pages of what is left of this one: refused all the same
    await refuses(whole.subarray(0, Math.floor(whole.length * 0.9)), /PDF 文件已损坏或不完整/);
  });

  it("random bytes and an empty file", async () => {
    await refuses(readFileSync(bad("pdf-random.pdf")), /PDF 文件已损坏或不完整，无法读取/);
    await refuses(new Uint8Array(0), /PDF 文件已损坏或不完整/);
  });

  it("a scan: pages that only paint an image", async () => {
    await refuses(readFileSync(bad("pdf-scan.pdf")), /PDF 没有文字层（可能是扫描件），暂不支持识别图片中的文字/);
  });

  it("more than 300 pages", async () => {
    const pdf = writeTestPdf(Array.from({ length: 301 }, (_, i) => [{ text: `第${i + 1}页的文字内容用于测试`, x: 60, y: 100 }]));
    await refuses(pdf, /超过 300 页/);
  });

  it("leaves the caller's bytes intact", async () => {
    const bytes = readFileSync(bad("pdf-scan.pdf"));
    const copy = Buffer.from(bytes);
    await readPdf(bytes, "x.pdf").catch(() => undefined);
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});
