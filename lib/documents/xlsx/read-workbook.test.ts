import { readFileSync } from "node:fs";
import * as XLSX from "@e965/xlsx";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Block } from "../model";
import { zipEntries } from "../sniff-zip";
import { readWorkbook } from "./read-workbook";
import { exactDecimal } from "./read-workbook-cells";
import { WORKBOOK_LIMITS, type WorkbookLimits } from "./read-workbook-limits";

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
const onPage = (blocks: Block[], page: number) => blocks.filter((b) => b.page === page).map(({ page: _, ...b }) => b);
const para = (text: string) => ({ type: "paragraph", text });
const table = (rows: string[][]) => ({ type: "table", rows });

type Cell = string | number | null | { v: number; z: string };

/** A workbook written by SheetJS: sheets of rows (a number with a format as { v, z }), merges, hidden sheets. */
function workbook(sheets: { name: string; rows: Cell[][]; merges?: string[]; hidden?: boolean }[], bookType: "xlsx" | "biff8" = "xlsx"): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const { name, rows, merges } of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(rows.map((row) => row.map((c) => (c !== null && typeof c === "object" ? c.v : c))));
    rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c !== null && typeof c === "object") ws[XLSX.utils.encode_cell({ r, c: col })].z = c.z;
      }),
    );
    if (merges) ws["!merges"] = merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  wb.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })) };
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType }) as ArrayBuffer);
}

const refusal = (bytes: Uint8Array, name: string, limits?: WorkbookLimits) =>
  readWorkbook(bytes, name, limits).then(
    () => "read",
    (e: Error) => `${e.name}: ${e.message}`,
  );

describe.each([
  ["xlsx", "office/beibei-zwfwzx-2025.xlsx"],
  ["xls", "office/beibei-zwfwzx-2025.xls"],
])("readWorkbook: the 北碚区政务服务中心 workbook as .%s (LibreOffice from src/beibei-zwfwzx-2025.workbook.fods)", async (format, path) => {
  const model = await readWorkbook(fixture(path), path);

  it("is a page per sheet, the hidden 填报说明 sheet left out", () => {
    expect(model.format).toBe(format);
    expect(model.pages).toBe(4);
    expect(new Set(model.blocks.map((b) => b.page))).toEqual(new Set([1, 2, 3]));
  });

  it("sheet 1: title, the 编制单位…单位 row as one line, a two-sided table with formatted amounts in 元", () => {
    expect(onPage(model.blocks, 1)).toEqual([
      para("重庆市北碚区政务服务中心2025年财政拨款收支总表"),
      para("编制单位：134001-重庆市北碚区政务服务中心 单位：元"),
      table([
        ["2025年收入", "", "2025年支出", "", "", "", ""],
        ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
        ["一、本年收入", "8,179,000.00", "一、本年支出", "8,179,000.00", "8,179,000.00", "", ""],
        ["一般公共预算资金", "8,179,000.00", "一般公共服务支出", "7,486,600.00", "7,486,600.00", "", ""],
        ["政府性基金预算资金", "", "社会保障和就业支出", "347,200.00", "347,200.00", "", ""],
        ["国有资本经营预算资金", "", "卫生健康支出", "118,000.00", "118,000.00", "", ""],
        ["", "", "住房保障支出", "227,200.00", "227,200.00", "", ""],
        ["二、上年结转", "", "二、结转下年", "", "", "", ""],
        // a row of one cell inside a table stays a row
        ["一般公共预算拨款", "", "", "", "", "", ""],
        ["收入合计", "8,179,000.00", "支出合计", "8,179,000.00", "8,179,000.00", "", ""],
      ]),
    ]);
  });

  it("sheet 2: codes over 类/款/项 columns, amounts as text, as 0.00 numbers and as General numbers, the 备注 row", () => {
    expect(onPage(model.blocks, 2)).toEqual([
      para("重庆市北碚区政务服务中心一般公共预算财政拨款支出预算表"),
      para("单位：万元"),
      table([
        ["科目编码", "", "", "科目名称", "2024年预算数", "2025年预算数", "", ""],
        ["类", "款", "项", "", "", "总计", "基本支出", "项目支出"],
        ["合计", "", "", "", "991.07", "817.90", "302.90", "515"],
        ["201", "", "", "一般公共服务支出", "873.58", "748.66", "233.66", "515"],
        ["201", "03", "", "政府办公厅（室）及相关机构事务", "873.58", "748.66", "233.66", "515"],
        ["201", "03", "01", "行政运行", "152.03", "3.50", "3.50", ""],
        ["201", "03", "02", "一般行政管理事务", "529.14", "515.00", "", "515"],
        ["201", "03", "50", "事业运行", "192.41", "230.16", "230.16", ""],
        ["208", "", "", "社会保障和就业支出", "58.05", "34.72", "34.72", ""],
        ["208", "05", "", "行政事业单位养老支出", "58.05", "34.72", "34.72", ""],
        ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "36.92", "23.14", "23.14", ""],
        ["208", "05", "99", "其他行政事业单位养老支出", "2.66", "", "", ""],
      ]),
      para("备注：本表反映2025年当年一般公共预算财政拨款支出情况。"),
    ]);
  });

  it("sheet 3: two tables in one sheet, each with its title, 单位 line and header merged over three rows", () => {
    expect(onPage(model.blocks, 3)).toEqual([
      para("重庆市北碚区政务服务中心一般公共预算“三公”经费支出表"),
      para("单位：万元"),
      table([
        ["2024年预算数", "", "", "", "", "", "2025年预算数", "", "", "", "", ""],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"],
        ["", "", "小计", "公务用车购置费", "公务用车运行费", "", "", "", "小计", "公务用车购置费", "公务用车运行费", ""],
        ["3.80", "", "3.50", "", "3.50", "0.30", "3.80", "", "3.50", "", "3.50", "0.30"],
      ]),
      para("重庆市北碚区政务服务中心政府性基金预算支出表"),
      para("单位：万元"),
      table([
        ["科目编码", "科目名称", "2025年预算数", "", ""],
        ["", "", "总计", "基本支出", "项目支出"],
        ["", "合计", "", "", ""],
      ]),
      para("备注：本部门无政府性基金收支，故此表无数据。"),
    ]);
  });

  it("reads a disclosure-sized workbook in well under a second", async () => {
    const bytes = fixture(path);
    const start = performance.now();
    await readWorkbook(bytes, path);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("readWorkbook: cells", () => {
  it("shows a formatted number as formatted and a General one as its exact decimal, without float noise", async () => {
    const bytes = workbook([
      {
        name: "Sheet1",
        rows: [
          ["项目", "金额"],
          ["格式 0.00", { v: 1234.5, z: "0.00" }],
          ["格式 #,##0.00", { v: 17625499.55, z: "#,##0.00" }],
          ["百分比", { v: 0.953, z: "0.00%" }],
          ["常规 整数", 9501164],
          ["常规 0.1+0.2", 0.1 + 0.2],
          ["常规 大数", 123456789.12],
          ["文本", "１２３．４５"],
          ["换行", "2025年\n预算数"],
        ],
      },
    ]);
    const { blocks } = await readWorkbook(bytes, "cells.xlsx");
    expect(blocks).toEqual([
      {
        type: "table",
        page: 1,
        rows: [
          ["项目", "金额"],
          ["格式 0.00", "1234.50"],
          ["格式 #,##0.00", "17,625,499.55"],
          ["百分比", "95.30%"],
          ["常规 整数", "9501164"],
          ["常规 0.1+0.2", "0.3"],
          // Excel's General display would show 123456789.1
          ["常规 大数", "123456789.12"],
          ["文本", "123.45"],
          ["换行", "2025年预算数"],
        ],
      },
    ]);
  });

  it("writes a double as the decimal that was typed", () => {
    expect(exactDecimal(0.1 + 0.2)).toBe("0.3");
    expect(exactDecimal(1.005 * 1000)).toBe("1005");
    expect(exactDecimal(9501164)).toBe("9501164");
    expect(exactDecimal(1234.5)).toBe("1234.5");
    expect(exactDecimal(1e-7)).toBe("0.0000001");
    expect(exactDecimal(-0)).toBe("0");
    expect(exactDecimal(-1946.23)).toBe("-1946.23");
    expect(exactDecimal(Number.NaN)).toBe("");
  });
});

describe("readWorkbook: sheets to blocks", () => {
  it("names a sheet that opens with a table by its tab, unless the tab has a default name; trims margin columns", async () => {
    const rows: Cell[][] = [
      [null, "科目编码", "科目名称", "总计", null],
      [null, "201", "一般公共服务支出", { v: 748.66, z: "0.00" }, null],
    ];
    const bytes = workbook([
      { name: "表3-部门支出总表", rows },
      { name: "Sheet2", rows },
    ]);
    const { blocks } = await readWorkbook(bytes, "tabs.xlsx");
    const grid = [
      ["科目编码", "科目名称", "总计"],
      ["201", "一般公共服务支出", "748.66"],
    ];
    expect(blocks).toEqual([
      { type: "paragraph", page: 1, text: "表3-部门支出总表" },
      { type: "table", page: 1, rows: grid },
      { type: "table", page: 2, rows: grid },
    ]);
  });

  it("ends a table at a blank row, at a merged title row and at a 备注 line, and skips hidden sheets", async () => {
    const bytes = workbook([
      {
        name: "Sheet1",
        rows: [
          ["项目", "预算数"],
          ["合计", 3.8],
          [],
          ["项目", "预算数"],
          ["公务接待费", 0.3],
          ["重庆市北碚区政务服务中心部门收支总表", null, null],
          ["收入", "支出"],
          ["817.9", "817.9"],
          ["注：本表金额单位为万元。"],
        ],
        merges: ["A6:C6"],
      },
      { name: "隐藏", rows: [["不公开", "的内容"]], hidden: true },
    ]);
    const { blocks, pages } = await readWorkbook(bytes, "split.xlsx");
    expect(pages).toBe(2);
    expect(blocks.map(({ page: _, ...b }) => b)).toEqual([
      table([
        ["项目", "预算数"],
        ["合计", "3.8"],
      ]),
      table([
        ["项目", "预算数"],
        ["公务接待费", "0.3"],
      ]),
      para("重庆市北碚区政务服务中心部门收支总表"),
      table([
        ["收入", "支出"],
        ["817.9", "817.9"],
      ]),
      para("注：本表金额单位为万元。"),
    ]);
  });

  it("keeps a name merged over a few columns, its amounts blank, as a row of its table; drops the columns only merges cover", async () => {
    const rows: Cell[][] = [
      ["科目名称", null, null, "2025年预算数", "2024年预算数"],
      ["一般公共服务支出", null, null, 748.66, 873.58],
      ["外交支出", null, null, null, null],
      ["合计", null, null, 748.66, 873.58],
    ];
    const bytes = workbook([{ name: "Sheet1", rows, merges: ["A1:C1", "A2:C2", "A3:C3", "A4:C4"] }]);
    const { blocks } = await readWorkbook(bytes, "names.xlsx");
    expect(blocks.map(({ page: _, ...b }) => b)).toEqual([
      table([
        ["科目名称", "2025年预算数", "2024年预算数"],
        ["一般公共服务支出", "748.66", "873.58"],
        ["外交支出", "", ""],
        ["合计", "748.66", "873.58"],
      ]),
    ]);
  });

  it("does not let overlapping merged ranges (a malformed file) cost more than the grid", async () => {
    const rows: Cell[][] = [
      ["项目", "预算数"],
      ["合计", 1],
    ];
    const merges = Array.from({ length: 50_000 }, () => "A1:XFD1048576");
    const start = performance.now();
    const { blocks } = await readWorkbook(workbook([{ name: "Sheet1", rows, merges }]), "merges.xlsx");
    expect(performance.now() - start).toBeLessThan(2000);
    expect(blocks).toEqual([{ type: "paragraph", page: 1, text: "项目" }]);
  });

  it("reads an .xls written by another program than LibreOffice the same way", async () => {
    const rows: Cell[][] = [["单位：万元"], ["项目", "预算数"], ["合计", { v: 817.9, z: "0.00" }]];
    const { blocks, format } = await readWorkbook(workbook([{ name: "Sheet1", rows }], "biff8"), "other.xls");
    expect(format).toBe("xls");
    expect(blocks.map(({ page: _, ...b }) => b)).toEqual([
      para("单位：万元"),
      table([
        ["项目", "预算数"],
        ["合计", "817.90"],
      ]),
    ]);
  });
});

describe("readWorkbook: limits", () => {
  const small: WorkbookLimits = { ...WORKBOOK_LIMITS, cells: 50, gridPositions: 400, xmlBytes: 1024 * 1024, packageBytes: 2 * 1024 * 1024 };

  it("refuses a sheet of more than 20000 rows, naming the sheet and its rows, before the parser reads it", async () => {
    const rows = Array.from({ length: WORKBOOK_LIMITS.rows + 5 }, (_, i): Cell[] => [i + 1]);
    const bytes = workbook([{ name: "说明", rows: [["见下表"]] }, { name: "明细 & 附表", rows }]);
    expect(await refusal(bytes, "long.xlsx")).toMatch(/：工作簿过大（工作表“明细 & 附表”共 20005 行，超过 20000 行），无法读取/);
    expect(await refusal(workbook([{ name: "明细", rows }], "biff8"), "long.xls")).toMatch(/：工作簿过大（工作表“明细”超过 20000 行），无法读取/);
  });

  it("refuses more cells in all than the limit, hidden sheets counted", async () => {
    const rows = Array.from({ length: 30 }, (_, i): Cell[] => [`项目${i}`, i]);
    const bytes = workbook([{ name: "Sheet1", rows: rows.slice(0, 10) }, { name: "隐藏", rows, hidden: true }]);
    expect(await refusal(bytes, "cells.xlsx", small)).toMatch(/工作簿过大（超过 50 个单元格）/);
    expect(await refusal(bytes, "cells.xlsx")).toBe("read");
  });

  it("refuses a used area stretched far beyond its cells", async () => {
    const rows: Cell[][] = [["项目", "预算数"], ["合计", 1]];
    rows[30] = [null, ...Array.from({ length: 20 }, () => null), "远处的一个单元格"];
    expect(await refusal(workbook([{ name: "Sheet1", rows }]), "wide.xlsx", small)).toMatch(/工作簿过大（表格区域超过 400 个单元格）/);
  });

  it("refuses a package that inflates past the limit, even when its directory declares a small size", async () => {
    const parts = unzipSync(fixture("office/beibei-zwfwzx-2025.xlsx"));
    parts["xl/media/image1.png"] = new Uint8Array(3 * 1024 * 1024);
    const bomb = zipSync(parts);
    expect(bomb.length).toBeLessThan(50_000);
    expect(await refusal(bomb, "bomb.xlsx", small)).toMatch(/工作簿过大（解压后表格数据超过 1 MB 或全部内容超过 2 MB），无法读取/);
    const entry = zipEntries(bomb)!.find((e) => e.name === "xl/media/image1.png")!;
    const view = new DataView(bomb.buffer);
    view.setUint32(entry.localHeaderOffset + 22, 100, true);
    view.setUint32(centralOffset(bomb, entry.name) + 24, 100, true);
    expect(await refusal(bomb, "bomb.xlsx", small)).toMatch(/工作簿过大/);
    expect(await refusal(fixture("office/beibei-zwfwzx-2025.xlsx"), "ok.xlsx", { ...small, cells: WORKBOOK_LIMITS.cells })).toBe("read");
  });

  it("refuses an .xls larger than the limit", async () => {
    expect(await refusal(fixture("office/beibei-zwfwzx-2025.xls"), "big.xls", { ...WORKBOOK_LIMITS, xlsBytes: 4096 })).toMatch(/：工作簿过大/);
  });
});

describe("readWorkbook refuses", () => {
  it("a truncated workbook and one whose sheet does not inflate, as damaged", async () => {
    expect(await refusal(fixture("bad/office-truncated.xlsx"), "office-truncated.xlsx")).toBe("ImportError: 文件 office-truncated.xlsx：Excel 文件已损坏或不完整，无法读取");
    const bytes = fixture("office/beibei-zwfwzx-2025.xlsx").slice();
    const sheet = zipEntries(bytes)!.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    const data = sheet.localHeaderOffset + 30 + sheet.name.length;
    bytes.fill(0xff, data + 10, data + sheet.compressedSize - 10);
    expect(await refusal(bytes, "x.xlsx")).toMatch(/：Excel 文件已损坏或不完整，无法读取$/);
  });

  it("an encrypted .xlsx (agile encryption in an OLE file) and an encrypted .xls (RC4)", async () => {
    expect(await refusal(fixture("bad/office-encrypted.xlsx"), "office-encrypted.xlsx")).toMatch(/：文件已加密.*请.*上传未加密的文件$/);
    expect(await refusal(fixture("bad/office-encrypted.xls"), "office-encrypted.xls")).toMatch(/：文件已加密.*请.*上传未加密的文件$/);
  });

  it("random bytes, a zip posing as a workbook, a Word document, an old .doc and an .xlsb", async () => {
    expect(await refusal(fixture("bad/office-random-bytes.xlsx"), "r.xlsx")).toBe("ImportError: 文件 r.xlsx：不是 Excel 文件（.xlsx 或 .xls），无法读取");
    expect(await refusal(fixture("bad/office-zip-with-text.docx"), "z.xlsx")).toMatch(/不是 Excel 文件（\.xlsx 或 \.xls），而是一个 ZIP 压缩包/);
    expect(await refusal(fixture("office/beibei-zwfwzx-2025.docx"), "d.xlsx")).toMatch(/不是 Excel 文件（\.xlsx 或 \.xls），而是 Word 文件（\.docx）/);
    expect(await refusal(fixture("bad/office-old-word.doc"), "o.xls")).toMatch(/旧版 Word（\.doc）/);
    const xlsb = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.bin": new Uint8Array(8) });
    expect(await refusal(xlsb, "b.xlsb")).toMatch(/\.xlsb.*另存为 \.xlsx/);
    const ods = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<office:document-content/>") });
    expect(await refusal(ods, "c.ods")).toMatch(/OpenDocument.*另存为 \.xlsx/);
  });

  it("a workbook without any text, and an empty file", async () => {
    expect(await refusal(fixture("bad/office-empty.xlsx"), "office-empty.xlsx")).toBe("ImportError: 文件 office-empty.xlsx：文件没有任何内容");
    expect(await refusal(workbook([{ name: "隐藏", rows: [["只有隐藏表有字"]], hidden: true }, { name: "Sheet2", rows: [[]] }]), "h.xlsx")).toMatch(
      /文件没有任何内容$/,
    );
    expect(await refusal(new Uint8Array(0), "empty.xlsx")).toMatch(/文件没有任何内容$/);
  });
});

function centralOffset(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  for (let at = bytes.length - 46; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x02014b50 && new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + name.length)) === name) return at;
  }
  throw new Error(`no central entry for ${name}`);
}
