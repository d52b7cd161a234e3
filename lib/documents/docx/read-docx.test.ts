import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Block, TableBlock } from "../model";
import { recognize, type Recognized } from "../recognize/recognize";
import { zipEntries } from "../sniff-zip";
import { textModel } from "../text/read-text";
import { readDocx } from "./read-docx";

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.type === "table");
const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.type === "table" ? [] : [`${b.type}: ${b.text}`]));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;

/** The smallest .docx Word opens: a body (and styles) written by hand, to try what LibreOffice does not write. */
function docx(body: string, styles = ""): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/_rels/document.xml.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    "word/styles.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${styles}</w:styles>`),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  });
}
const style = (id: string, name: string, props = "") => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${props}</w:style>`;

describe("readDocx: the 北碚区政务服务中心 fixture (LibreOffice from src/beibei-zwfwzx-2025.docx.html)", async () => {
  const model = await readDocx(fixture("office/beibei-zwfwzx-2025.docx"), "beibei-zwfwzx-2025.docx");

  it("is one page of docx blocks", () => {
    expect(model.format).toBe("docx");
    expect(model.pages).toBe(1);
    expect(model.blocks.every((b) => b.page === 1)).toBe(true);
  });

  it("has the headings, paragraphs and list items as printed, normalised", () => {
    expect(texts(model.blocks)).toEqual([
      "heading: 重庆市北碚区政务服务中心2025年部门预算情况说明",
      "heading: 一、单位基本情况",
      "heading: （一）职能职责",
      "paragraph: 1.参与拟订全区政务服务体系建设规划和管理办法并组织实施，负责推进、指导、协调全区政务服务工作。",
      "paragraph: 2.负责政务服务平台日常运维、管理、推广等工作，配合推进全区数字政务相关工作。",
      "heading: （二）单位构成",
      "paragraph: 下设综合科、政务运行科。",
      "paragraph: 下设电子政务科、政务督导科。",
      "heading: 二、部门收支总体情况",
      // full-width digits (８１７．９) folded by normalizeText
      "paragraph: （一）收入预算：2025年年初预算数817.9万元，其中：一般公共预算拨款817.9万元。",
      // a line break in a paragraph starts a new one
      "paragraph: 部门预算公开联系人：李青",
      "paragraph: 联系方式：023-60301012",
      "paragraph: 重庆市北碚区政务服务中心一般公共预算财政拨款支出预算表",
      "paragraph: 单位：万元",
      "paragraph: 备注：本表反映2025年当年一般公共预算财政拨款支出情况。",
      "paragraph: 重庆市北碚区政务服务中心一般公共预算“三公”经费支出表",
      "paragraph: 单位：万元",
      "heading: 三、专业性名词解释",
      "paragraph: （一）财政拨款收入：指本年度从本级财政部门取得的财政拨款。",
    ]);
  });

  it("keeps each table where it stands: after its 单位 line, before its 备注", () => {
    const order = model.blocks.map((b) => (b.type === "table" ? "table" : b.text.slice(0, 5)));
    expect(order.slice(12, 19)).toEqual(["重庆市北碚", "单位：万元", "table", "备注：本表", "重庆市北碚", "单位：万元", "table"]);
  });

  it("expands the two-row header of the general-budget table: colspan and rowspan text in the top-left, covered cells blank", () => {
    const [general] = tables(model.blocks);
    expect(general!.rows.slice(0, 3)).toEqual([
      ["功能分类科目", "", "2024年预算数", "2025年预算数", "", ""],
      ["科目编码", "科目名称", "", "总计", "基本支出", "项目支出"],
      ["合计", "", "991.07", "817.90", "302.90", "515.00"],
    ]);
  });

  it("puts each amount in its printed column, blanks as empty cells", () => {
    const [general] = tables(model.blocks);
    expect(general!.rows.slice(3)).toEqual([
      ["201", "一般公共服务支出", "873.58", "748.66", "233.66", "515.00"],
      ["20103", "政府办公厅（室）及相关机构事务", "873.58", "748.66", "233.66", "515.00"],
      ["2010301", "行政运行", "152.03", "3.50", "3.50", ""],
      ["2010302", "一般行政管理事务", "529.14", "515.00", "", "515.00"],
      ["2010350", "事业运行", "192.41", "230.16", "230.16", ""],
      ["208", "社会保障和就业支出", "58.05", "34.72", "34.72", ""],
      ["20805", "行政事业单位养老支出", "58.05", "34.72", "34.72", ""],
      ["2080505", "机关事业单位基本养老保险缴费支出", "36.92", "23.14", "23.14", ""],
      ["2080506", "机关事业单位职业年金缴费支出", "18.46", "11.57", "11.57", ""],
      ["2080599", "其他行政事业单位养老支出", "2.66", "", "", ""],
    ]);
  });

  it("expands the three-row header of the 三公 table", () => {
    const [, threePublic] = tables(model.blocks);
    expect(threePublic!.rows).toEqual([
      ["2024年预算数", "", "", "", "", "", "2025年预算数", "", "", "", "", ""],
      ["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"],
      ["", "", "小计", "公务用车购置费", "公务用车运行费", "", "", "", "小计", "公务用车购置费", "公务用车运行费", ""],
      ["3.80", "", "3.50", "", "3.50", "0.30", "3.80", "", "3.50", "", "3.50", "0.30"],
    ]);
  });

  it("reads a disclosure-sized document in well under a second", async () => {
    const bytes = fixture("office/beibei-zwfwzx-2025.docx");
    const start = performance.now();
    await readDocx(bytes, "beibei-zwfwzx-2025.docx");
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("readDocx: tables in tables (src/nested-tables.docx.html)", async () => {
  const model = await readDocx(fixture("office/nested-tables.docx"), "nested-tables.docx");

  it("unwraps a one-cell frame: its text as paragraphs, its table as a table", () => {
    expect(model.blocks.slice(0, 3)).toEqual([
      { type: "paragraph", page: 1, text: "表格放在一个单格的外框表格里：" },
      { type: "paragraph", page: 1, text: "重庆市北碚区政务服务中心部门支出总表" },
      { type: "table", page: 1, rows: [["科目编码", "科目名称", "总计"], ["201", "一般公共服务支出", "748.66"]] },
    ]);
  });

  it("flattens a table nested in a cell of a real table into the cell's text", () => {
    expect(model.blocks.slice(3)).toEqual([
      { type: "paragraph", page: 1, text: "单元格里嵌了一个表格：" },
      { type: "table", page: 1, rows: [["项目名称", "绩效指标"], ["大厅运行经费", "指标： 产出指标 ≥95% 效益指标 满意"]] },
    ]);
  });
});

describe("readDocx: what Word writes and LibreOffice does not", () => {
  it("keeps vertical merges when a row holds a bookmark", async () => {
    const restart = '<w:vMerge w:val="restart"/>';
    const cont = "<w:vMerge/>";
    const body =
      "<w:tbl>" +
      `<w:tr>${tc("科目编码", restart)}${tc("2025年预算数", '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr><w:bookmarkStart w:id="0" w:name="_Toc1"/>${tc("", cont)}${tc("基本支出")}${tc("项目支出")}</w:tr>` +
      `<w:tr>${tc("2010301")}${tc("3.50")}${tc("")}</w:tr>` +
      "</w:tbl>";
    const { blocks } = await readDocx(docx(body), "bookmark.docx");
    expect(blocks).toEqual([
      {
        type: "table",
        page: 1,
        rows: [
          ["科目编码", "2025年预算数", ""],
          ["", "基本支出", "项目支出"],
          ["2010301", "3.50", ""],
        ],
      },
    ]);
  });

  it("spans a vMerge over three rows and pads a short row", async () => {
    const body =
      "<w:tbl>" +
      `<w:tr>${tc("项目", '<w:vMerge w:val="restart"/>')}${tc("预算数")}${tc("备注")}</w:tr>` +
      `<w:tr>${tc("", "<w:vMerge/>")}${tc("1,946.23")}</w:tr>` +
      `<w:tr>${tc("", "<w:vMerge/>")}${tc("17,625,499.55")}${tc("元")}</w:tr>` +
      "</w:tbl>";
    const { blocks } = await readDocx(docx(body), "vmerge.docx");
    expect((blocks[0] as TableBlock).rows).toEqual([
      ["项目", "预算数", "备注"],
      ["", "1,946.23", ""],
      ["", "17,625,499.55", "元"],
    ]);
  });

  it("leaves out a grid column that only merged cells run over (cell borders not lined up)", async () => {
    const span2 = '<w:gridSpan w:val="2"/>';
    const body = `<w:tbl><w:tr>${tc("科目名称", span2)}${tc("预算数")}</w:tr><w:tr>${tc("行政运行", span2)}${tc("3.50")}</w:tr></w:tbl>`;
    const { blocks } = await readDocx(docx(body), "grid.docx");
    expect((blocks[0] as TableBlock).rows).toEqual([
      ["科目名称", "预算数"],
      ["行政运行", "3.50"],
    ]);
  });

  it("reads Title and Chinese-named heading styles as headings and leaves out the table of contents", async () => {
    const styles = style("Title", "Title") + style("a1", "标题 2") + style("TOC1", "toc 1");
    const body = p("2025年部门预算", "Title") + p("目录") + p("一、单位基本情况\t3", "TOC1") + p("一、单位基本情况", "a1") + p("编制单位：北碚区\t\t单位：万元");
    const { blocks } = await readDocx(docx(body, styles), "styles.docx");
    expect(texts(blocks)).toEqual(["heading: 2025年部门预算", "paragraph: 目录", "heading: 一、单位基本情况", "paragraph: 编制单位：北碚区 单位：万元"]);
  });

  it("joins a header cell broken over lines between Chinese characters without a space", async () => {
    const cell = `<w:tc><w:p><w:r><w:t>一般公共</w:t><w:br/><w:t>预算</w:t></w:r></w:p><w:p><w:r><w:t>(万元)</w:t></w:r></w:p></w:tc>`;
    const body = `<w:tbl><w:tr>${cell}${tc("２０２５年")}</w:tr><w:tr>${tc("合计")}${tc("８１７．９０")}</w:tr></w:tbl>`;
    const { blocks } = await readDocx(docx(body), "lines.docx");
    expect((blocks[0] as TableBlock).rows).toEqual([
      ["一般公共预算 (万元)", "2025年"],
      ["合计", "817.90"],
    ]);
  });
  it("puts w:gridBefore and w:gridAfter as empty cells, so a vertical merge below finds its column", async () => {
    const body =
      "<w:tbl>" +
      `<w:tr>${tc("科目")}${tc("2024年")}${tc("2025年")}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc("1.00", '<w:vMerge w:val="restart"/>')}${tc("2.00")}</w:tr>` +
      `<w:tr>${tc("合计")}${tc("", "<w:vMerge/>")}${tc("3.00")}</w:tr>` +
      `<w:tr><w:trPr><w:gridAfter w:val="2"/></w:trPr>${tc("注")}</w:tr>` +
      "</w:tbl>";
    const { blocks } = await readDocx(docx(body), "grid-before.docx");
    expect((blocks[0] as TableBlock).rows).toEqual([
      ["科目", "2024年", "2025年"],
      ["", "1.00", "2.00"],
      ["合计", "", "3.00"],
      ["注", "", ""],
    ]);
  });

  it("reads tracked changes as accepted: deleted text, rows and paragraph marks out, insertions in", async () => {
    const deletedMark = '<w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr>';
    const body =
      `<w:p><w:r><w:t>预算数</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>817.9</w:delText></w:r></w:del>` +
      `<w:ins w:id="2" w:author="a"><w:r><w:t>817.90</w:t></w:r></w:ins><w:moveFrom w:id="4" w:author="a"><w:r><w:t>移走</w:t></w:r></w:moveFrom></w:p>` +
      `<w:p>${deletedMark}<w:r><w:t>单位：</w:t></w:r></w:p>${p("万元")}` +
      `<w:tbl><w:tr>${tc("项目")}${tc("金额")}</w:tr><w:tr><w:trPr><w:del w:id="5" w:author="a"/></w:trPr>${tc("删去的行")}${tc("1.00")}</w:tr><w:tr>${tc("合计")}${tc("2.00")}</w:tr></w:tbl>`;
    const { blocks } = await readDocx(docx(body), "tracked.docx");
    expect(blocks).toEqual([
      { type: "paragraph", page: 1, text: "预算数817.90" },
      { type: "paragraph", page: 1, text: "单位：万元" },
      { type: "table", page: 1, rows: [["项目", "金额"], ["合计", "2.00"]] },
    ]);
  });

  it("takes headings from outline levels, the paragraph's own or its style's through w:basedOn", async () => {
    const styles =
      style("Normal", "Normal") +
      style("chapter", "一级", '<w:basedOn w:val="outline1"/>') +
      style("outline1", "大纲一级", '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>') +
      style("body", "正文缩进", '<w:pPr><w:outlineLvl w:val="9"/></w:pPr>');
    const own = '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>（一）职能职责</w:t></w:r></w:p>';
    const body = p("一、单位基本情况", "chapter") + own + p("负责政务服务工作。", "body") + p("下设综合科。", "Normal");
    const { blocks } = await readDocx(docx(body, styles), "outline.docx");
    expect(texts(blocks)).toEqual(["heading: 一、单位基本情况", "heading: （一）职能职责", "paragraph: 负责政务服务工作。", "paragraph: 下设综合科。"]);
  });

  it("reads field results, not field codes, symbols as their characters, and tabs, not tab stops", async () => {
    const field = (code: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body =
      `<w:p><w:r><w:t>附表</w:t></w:r>${field(" SEQ 附表 \\* ARABIC ", "1")}<w:r><w:t>（见第</w:t></w:r>${field(" PAGEREF _Toc2 \\h ", "3")}<w:r><w:t>页）</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>满意度</w:t><w:sym w:font="Symbol" w:char="F0B3"/><w:t>95%</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>023</w:t><w:noBreakHyphen/><w:t>44578028</w:t></w:r></w:p>` +
      `<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="8306"/></w:tabs></w:pPr><w:r><w:t>编制单位：潼南区</w:t><w:tab/><w:t>单位：万元</w:t></w:r></w:p>`;
    const { blocks } = await readDocx(docx(body), "fields.docx");
    expect(texts(blocks)).toEqual(["paragraph: 附表1（见第3页）", "paragraph: 满意度≥95%", "paragraph: 023-44578028", "paragraph: 编制单位：潼南区 单位：万元"]);
  });

  it("reads a text box once (its mc:Fallback), before the paragraph that anchors it, and a carriage return as a line break", async () => {
    const box = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`;
    const body =
      `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing>${box("重庆市潼南区政务服务管理办公室")}</w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict>${box("重庆市潼南区政务服务管理办公室")}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>2025年部门预算</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>联系人：林星好</w:t><w:cr/><w:t>联系电话：023-44578028</w:t></w:r></w:p>`;
    const { blocks } = await readDocx(docx(body), "textbox.docx");
    expect(texts(blocks)).toEqual([
      "paragraph: 重庆市潼南区政务服务管理办公室",
      "paragraph: 2025年部门预算",
      "paragraph: 联系人：林星好",
      "paragraph: 联系电话：023-44578028",
    ]);
  });
});

describe("readDocx: a whole disclosure (the 潼南区政务服务管理办公室 seed as Word, src/make.sh)", async () => {
  const bytes = fixture("office/tongnan-zwb-2025.docx");
  const seed = readFileSync(new URL("../../../db/sample/disclosures/tongnan-zwb-2025.txt", import.meta.url), "utf8");
  const fromWord = recognize(await readDocx(bytes, "tongnan-zwb-2025.docx"), { fileName: "tongnan-zwb-2025.docx" });
  const fromText = recognize(textModel(seed), { fileName: "tongnan-zwb-2025.txt" });
  const shape = ({ doc }: Recognized) => doc.tables.map((t) => `${t.kind}: ${t.rows.length}`);
  /** One figure of a table, in 元, by the row's code (or side and name) and the column. */
  const figure = ({ doc }: Recognized, kind: string, row: string, column: string) => {
    const rows = doc.tables.find((t) => t.kind === kind)?.rows as { code?: string; side?: string; name?: string; values: Record<string, string | null> }[] | undefined;
    return rows?.find((r) => r.code === row || `${r.side}:${r.name}` === row || r.name === row)?.values[column];
  };

  it("reads to the tables the text seed reads to: the same kinds, each with the same rows", () => {
    expect(shape(fromWord)).toEqual([
      "fiscal_summary: 40",
      "general_budget_function: 16",
      "basic_economic: 26",
      "three_public: 2",
      "gov_fund: 1",
      "income_expenditure_summary: 43",
      "income_summary: 16",
      "expenditure_summary: 16",
      "procurement: 1",
    ]);
    expect(shape(fromWord)).toEqual(shape(fromText));
    expect(fromWord.issues).toEqual([]);
  });

  // printed in 万元 in the seed's tables
  it.each([
    ["fiscal_summary", "income:一般公共预算拨款", "amount", "19462300.00"], // 1946.23
    ["general_budget_function", "total", "prior", "18751500.00"], // 1,875.15
    ["general_budget_function", "2010302", "project", "17550000.00"], // 1,755.00
    ["general_budget_function", "2101101", "prior", "117200.00"], // 11.72
    ["basic_economic", "30101", "personnel", "331100.00"], // 33.11
    ["basic_economic", "30231", "publicUse", "35000.00"], // 3.50
    ["basic_economic", "total", "publicUse", "364300.00"], // 36.43
    ["three_public", "current", "reception", "5000.00"], // 0.50
    ["income_summary", "2080506", "generalBudget", "73900.00"], // 7.39
    ["expenditure_summary", "total", "basic", "1912300.00"], // 191.23
    ["procurement", "total", "goods", "1050000.00"], // 105.00
    ["procurement", "total", "services", "15000.00"], // 1.50
  ])("reads %s %s %s as printed", (kind, row, column, yuan) => {
    expect(figure(fromWord, kind, row, column)).toBe(yuan);
    expect(figure(fromText, kind, row, column)).toBe(yuan);
  });

  it("reads the projects and the department", () => {
    expect(fromWord.doc.department).toEqual({ code: "363", name: "重庆市潼南区政务服务管理办公室" });
    expect(fromWord.doc.projects.find((p) => p.code === "50015222T000000135421")).toMatchObject({ name: "潼南区政务中心办公房租金", amount: "10580000.00" });
    expect(fromWord.doc.projects).toEqual(fromText.doc.projects);
  });
});

describe("readDocx refuses", () => {
  const refusal = (bytes: Uint8Array, name: string, limit?: number) =>
    readDocx(bytes, name, limit).then(
      () => "read",
      (e: Error) => `${e.name}: ${e.message}`,
    );

  it("a truncated document as damaged", async () => {
    expect(await refusal(fixture("bad/office-truncated.docx"), "office-truncated.docx")).toBe("ImportError: 文件 office-truncated.docx：Word 文件已损坏或不完整，无法读取");
  });

  it("a document whose parts do not inflate as damaged", async () => {
    const bytes = fixture("office/beibei-zwfwzx-2025.docx").slice();
    const entry = zipEntries(bytes)!.find((e) => e.name === "word/document.xml")!;
    const data = entry.localHeaderOffset + 30 + entry.name.length;
    bytes.fill(0xff, data + 10, data + entry.compressedSize - 10);
    expect(await refusal(bytes, "x.docx")).toMatch(/Word 文件已损坏或不完整，无法读取$/);
  });

  it("an encrypted document", async () => {
    expect(await refusal(fixture("bad/office-encrypted.docx"), "office-encrypted.docx")).toMatch(/：文件已加密.*请.*上传未加密的文件$/);
  });

  it("a zip posing as a Word document, a workbook, random bytes and an old .doc", async () => {
    expect(await refusal(fixture("bad/office-zip-with-text.docx"), "a.docx")).toMatch(/不是 Word 文件（\.docx），而是一个 ZIP 压缩包/);
    expect(await refusal(fixture("office/beibei-zwfwzx-2025.xlsx"), "b.docx")).toMatch(/不是 Word 文件（\.docx），而是 Excel 工作簿（\.xlsx）/);
    expect(await refusal(fixture("office/beibei-zwfwzx-2025.xls"), "c.docx")).toMatch(/不是 Word 文件（\.docx），而是 Excel 工作簿（\.xls）/);
    expect(await refusal(fixture("bad/office-random-bytes.xlsx"), "d.docx")).toMatch(/：不是 Word 文件（\.docx），无法读取$/);
    expect(await refusal(fixture("bad/office-old-word.doc"), "e.doc")).toMatch(/旧版 Word（\.doc）文件.*另存为 \.docx/);
  });

  it("a document without any text, and an empty file", async () => {
    expect(await refusal(fixture("bad/office-empty.docx"), "office-empty.docx")).toBe("ImportError: 文件 office-empty.docx：文件没有任何内容");
    expect(await refusal(new Uint8Array(0), "empty.docx")).toMatch(/文件没有任何内容$/);
  });

  it("a zip bomb, whatever size its directory declares", async () => {
    const limit = 1024 * 1024;
    const bomb = zipSync({ "[Content_Types].xml": new Uint8Array(2 * limit).fill(0x20), "word/document.xml": strToU8(`<w:document ${W}/>`) });
    expect(bomb.length).toBeLessThan(10_000);
    expect(await refusal(bomb, "bomb.docx", limit)).toMatch(/：Word 文件过大（文字部分解压后超过 1 MB），无法读取$/);
    // the same part declared as 100 bytes, in the directory and in the local header
    const view = new DataView(bomb.buffer);
    view.setUint32(zipEntries(bomb)![0]!.localHeaderOffset + 22, 100, true);
    view.setUint32(findCentral(bomb, "[Content_Types].xml") + 24, 100, true);
    expect(zipEntries(bomb)![0]!.size).toBe(100);
    expect(await refusal(bomb, "bomb.docx", limit)).toMatch(/Word 文件过大/);
    expect(await refusal(docx(p("正文")), "small.docx", limit)).toBe("read");
  });
});

function findCentral(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  for (let at = bytes.length - 46; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x02014b50 && new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + name.length)) === name) return at;
  }
  throw new Error(`no central entry for ${name}`);
}
