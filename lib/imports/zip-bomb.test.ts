import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/documents/errors";
import { importFile } from "@/lib/documents";
import { isPortalExport } from "@/lib/documents/xlsx/portal-export";
import { EXPORT_CREATOR, META_SHEET } from "@/lib/export/xlsx-layout";
import { deflatedRepeat, repeatedSheet, testWorkbook, writeZip } from "@/lib/documents/test-zip-writer";
import { parseInChild } from "./parse-in-child";

const MB = 1024 * 1024;
// ~1 MB of rows, repeated 1,000 times: a sheet of 1 GB of XML in a file of 2.5 MB
const ROWS = '<row><c t="s"><v>1</v></c></row>'.repeat(32 * 1024);
const bombSheet = repeatedSheet(ROWS, 1000);

const refusal = (bytes: Uint8Array, fileName: string) => parseInChild(bytes, fileName).then(() => "parsed", (e: unknown) => e);

describe("an Excel zip bomb given to the parser", () => {
  it("is refused with the file named, three at once — declared honestly, or declared small — before a child starts, holding no more than a little memory", async () => {
    const bombs = [testWorkbook(bombSheet), testWorkbook(bombSheet, 90_000), testWorkbook(bombSheet, 20 * MB)];
    expect(Math.max(...bombs.map((b) => b.length))).toBeLessThan(3 * MB);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const started = Date.now();
    const answers = await Promise.all(bombs.map((b, i) => refusal(b, `炸弹${i + 1}.xlsx`)));
    clearInterval(sampler);
    answers.forEach((answer, i) => {
      expect(answer).toBeInstanceOf(ImportError);
      expect((answer as ImportError).message).toBe(`文件 炸弹${i + 1}.xlsx：解压后超过 100 MB 或压缩比超过 100:1，疑似压缩炸弹，已拒绝`);
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(peak - before).toBeLessThan(300 * MB);
  });

  it("of a sheet with 100,001 rows is refused naming the sheet and its rows", async () => {
    const xml = Array.from({ length: 100_001 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100_003}</v></c></row>`).join("");
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${xml}</sheetData></worksheet>`;
    const bytes = testWorkbook({ deflated: deflateRawSync(Buffer.from(sheet)), size: Buffer.byteLength(sheet) });
    const answer = await refusal(bytes, "十万行.xlsx");
    expect(answer).toBeInstanceOf(ImportError);
    expect((answer as ImportError).message).toBe("文件 十万行.xlsx：工作簿过大（工作表“明细”共 100001 行，超过 20000 行），无法读取；请只上传公开表格所在的工作表");
  }, 60_000);
});

describe("a Word zip bomb read on the command line (importFile in this process)", () => {
  it("is refused by the same check, inflating no more than its directory declared", async () => {
    const paragraphs = deflatedRepeat("<w:document><w:body>", "<w:p><w:r><w:t>预算</w:t></w:r></w:p>".repeat(20_000), 1000, "</w:body></w:document>");
    const before = process.memoryUsage().rss;
    for (const declared of [1024 ** 3, 500_000]) {
      const bomb = writeZip([{ name: "word/document.xml", deflated: paragraphs, declaredSize: declared }]);
      await expect(importFile(bomb, "炸弹.docx")).rejects.toThrow("文件 炸弹.docx：解压后超过 100 MB 或压缩比超过 100:1，疑似压缩炸弹，已拒绝");
    }
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
  });
});

describe("a workbook posing as the portal's own export", () => {
  it("is held to the workbook's limits before ExcelJS reads it", async () => {
    const xml = Array.from({ length: 20_001 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    const sheet = `<worksheet><sheetData>${xml}</sheetData></worksheet>`;
    const workbook = `<workbook xmlns:r="r"><sheets><sheet name="${META_SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const rels = `<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>`;
    const core = `<cp:coreProperties><dc:creator>${EXPORT_CREATOR}</dc:creator></cp:coreProperties>`;
    const entry = (name: string, text: string) => ({ name, deflated: deflateRawSync(Buffer.from(text)), declaredSize: Buffer.byteLength(text) });
    const bytes = writeZip([entry("xl/workbook.xml", workbook), entry("xl/_rels/workbook.xml.rels", rels), entry("docProps/core.xml", core), entry("xl/worksheets/sheet1.xml", sheet)]);
    expect(await isPortalExport(bytes)).toBe(true);
    await expect(importFile(bytes, "冒充.xlsx")).rejects.toThrow(`文件 冒充.xlsx：工作簿过大（工作表“${META_SHEET}”共 20001 行，超过 20000 行）`);
  });
});
