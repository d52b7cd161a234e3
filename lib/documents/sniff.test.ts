import { readFileSync } from "node:fs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { sniffFormat } from "./sniff";
import { oleKind, oleRefusal } from "./sniff-ole";
import { zipEntries, zipLocalNames } from "./sniff-zip";

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${path}`, import.meta.url)));
const seed = () => new Uint8Array(readFileSync(new URL("../../db/sample/disclosures/beibei-zwfwzx-2025.txt", import.meta.url)));

/** A ZIP of stored entries written byte by byte, with names as given (GBK, say) and flags 0. */
function storedZip(files: { name: Uint8Array; data: Uint8Array }[]): Uint8Array {
  const locals: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  for (const { name, data } of files) {
    const offset = locals.length;
    const common = [...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(data.length), ...u32(data.length), ...u16(name.length), ...u16(0)];
    locals.push(...u32(0x04034b50), ...u16(20), ...common, ...name, ...data);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name);
  }
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(files.length), ...u16(files.length), ...u32(central.length), ...u32(locals.length), ...u16(0)];
  return new Uint8Array([...locals, ...central, ...end]);
}

describe("sniffFormat", () => {
  it("tells PDF by its header, also after a short prefix", () => {
    expect(sniffFormat(strToU8("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toBe("pdf");
    expect(sniffFormat(strToU8("Content-Type: application/pdf\r\n\r\n%PDF-1.4\n"))).toBe("pdf");
  });

  it("tells the office fixtures by their content", () => {
    expect(sniffFormat(fixture("office/beibei-zwfwzx-2025.docx"))).toBe("docx");
    expect(sniffFormat(fixture("office/nested-tables.docx"))).toBe("docx");
    expect(sniffFormat(fixture("office/beibei-zwfwzx-2025.xlsx"))).toBe("xlsx");
    expect(sniffFormat(fixture("office/beibei-zwfwzx-2025.xls"))).toBe("xls");
  });

  it("never goes by the name: a zip posing as .docx and random bytes posing as .xlsx", () => {
    expect(sniffFormat(fixture("bad/office-zip-with-text.docx"))).toBe("zip");
    expect(sniffFormat(fixture("bad/office-random-bytes.xlsx"))).toBe("text");
  });

  it("calls a ZIP of documents (a batch) and an empty ZIP zip", () => {
    const batch = zipSync({ "北碚区/政务服务中心.docx": fixture("office/beibei-zwfwzx-2025.docx"), "说明.txt": strToU8("批量导入") });
    expect(sniffFormat(batch)).toBe("zip");
    expect(sniffFormat(zipSync({}))).toBe("zip");
  });

  it("does not take a ZIP whose first entry is a stored PDF for a PDF", () => {
    const zip = zipSync({ "a.pdf": [strToU8("%PDF-1.7\n"), { level: 0 }] });
    expect(sniffFormat(zip)).toBe("zip");
  });

  it("reads only the directory: a document whose parts do not inflate is still a docx (its reader refuses it)", () => {
    const zip = zipSync({ "word/document.xml": strToU8("<w:document>".repeat(1000)) });
    const [entry] = zipEntries(zip)!;
    const dataStart = entry!.localHeaderOffset + 30 + "word/document.xml".length;
    zip.fill(0xff, dataStart, dataStart + entry!.compressedSize);
    expect(() => unzipSync(zip)).toThrow();
    expect(sniffFormat(zip)).toBe("docx");
  });

  it("sends a truncated document to its reader by the names in the local headers", () => {
    expect(zipEntries(fixture("bad/office-truncated.docx"))).toBeNull();
    expect(sniffFormat(fixture("bad/office-truncated.docx"))).toBe("docx");
    expect(sniffFormat(fixture("bad/office-truncated.xlsx"))).toBe("xlsx");
  });

  it("calls OLE files that are not workbooks ole: old .doc, encrypted .docx/.xlsx; an encrypted .xls is still an xls", () => {
    expect(sniffFormat(fixture("bad/office-old-word.doc"))).toBe("ole");
    expect(sniffFormat(fixture("bad/office-encrypted.docx"))).toBe("ole");
    expect(sniffFormat(fixture("bad/office-encrypted.xlsx"))).toBe("ole");
    expect(sniffFormat(fixture("bad/office-encrypted.xls"))).toBe("xls");
  });

  it("tells JSON by its first non-space byte, after a byte-order mark too", () => {
    expect(sniffFormat(strToU8('{"format":"budget-disclosure/v1"}'))).toBe("json");
    expect(sniffFormat(strToU8('\uFEFF\n  {"format":"budget-disclosure/v1"}'))).toBe("json");
    expect(sniffFormat(strToU8('[{"format":"budget-disclosure/v1"}]'))).toBe("text");
  });

  it("calls everything else text", () => {
    expect(sniffFormat(seed())).toBe("text");
    expect(sniffFormat(new Uint8Array(0))).toBe("text");
  });
});

describe("zipEntries", () => {
  it("lists a package's parts with their declared sizes", () => {
    const entries = zipEntries(fixture("office/beibei-zwfwzx-2025.xlsx"))!;
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]));
    expect(entries.every((e) => e.size > 0 && e.method === 8)).toBe(true);
  });

  it("reads names in UTF-8 and, without the UTF-8 flag, in GBK as Chinese Windows writes them", () => {
    const gbk = new Uint8Array([0xcb, 0xb5, 0xc3, 0xf7, 0x2e, 0x74, 0x78, 0x74]); // 说明.txt
    expect(zipEntries(storedZip([{ name: gbk, data: strToU8("x") }]))!.map((e) => e.name)).toEqual(["说明.txt"]);
    expect(zipEntries(zipSync({ "北碚区.docx": strToU8("x") }))!.map((e) => e.name)).toEqual(["北碚区.docx"]);
  });

  it("returns null for what has no directory, and local names as far as they go", () => {
    expect(zipEntries(strToU8("PK\u0003\u0004 not really"))).toBeNull();
    expect(zipLocalNames(fixture("bad/office-truncated.docx"))).toContain("word/document.xml");
  });
});

describe("oleKind", () => {
  it("tells what an OLE file holds, with the refusal to give", () => {
    expect(oleKind(fixture("office/beibei-zwfwzx-2025.xls"))).toBe("xls");
    expect(oleKind(fixture("bad/office-old-word.doc"))).toBe("doc");
    expect(oleKind(fixture("bad/office-encrypted.xlsx"))).toBe("encrypted");
    expect(oleRefusal("encrypted")).toMatch(/文件已加密.*请.*上传未加密的文件/);
    expect(oleRefusal("doc")).toMatch(/旧版 Word（\.doc）/);
  });

  it("goes by the stream names in the raw bytes when the directory cannot be read", () => {
    const xls = fixture("office/beibei-zwfwzx-2025.xls");
    const damaged = xls.slice();
    damaged.fill(0xff, 0x30, 0x200); // header: FAT and directory locations
    expect(oleKind(damaged)).toBe("xls");
  });
});
