import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { expandArchives, isArchive, isRefused, unpackZip } from "./unzip";

const text = (s: string) => strToU8(s);
const limits = { maxEntries: 3, maxEntryBytes: 100, maxTotalBytes: 250 };

describe("unpacking a ZIP of documents", () => {
  it("gives each file with its path in the archive and its own name, leaving out folders and clutter", () => {
    const zip = zipSync({ "北碚/政务服务中心.txt": text("一"), "北碚/": new Uint8Array(), "__MACOSX/._x.txt": text("x"), ".DS_Store": text("x"), "b.pdf": text("%PDF-") });
    const found = unpackZip(zip, "batch.zip", limits);
    expect(found.map((f) => (isRefused(f) ? f.message : `${f.path} ${f.fileName} ${new TextDecoder().decode(f.bytes)}`))).toEqual([
      "batch.zip/北碚/政务服务中心.txt 政务服务中心.txt 一",
      "batch.zip/b.pdf b.pdf %PDF-",
    ]);
  });

  it("refuses an entry over the size limit or with a path outside the archive, and keeps the others", () => {
    const zip = zipSync({ "big.txt": new Uint8Array(101).fill(65), "../evil.txt": text("x"), "ok.txt": text("ok") });
    const found = unpackZip(zip, "a.zip", limits);
    expect(found).toEqual([
      { path: "a.zip/big.txt", message: "解压后超过 0 MB，未导入。" },
      { path: "a.zip/../evil.txt", message: "路径指向压缩包之外，未导入。" },
      expect.objectContaining({ path: "a.zip/ok.txt", fileName: "ok.txt" }),
    ]);
  });

  it("refuses a whole archive with too many files, too much in all, or that is damaged", () => {
    const many = zipSync({ "1.txt": text("1"), "2.txt": text("2"), "3.txt": text("3"), "4.txt": text("4") });
    expect(unpackZip(many, "many.zip", limits)).toEqual([{ path: "many.zip", message: expect.stringContaining("超过 3 个") }]);
    const heavy = zipSync({ "1.txt": new Uint8Array(90), "2.txt": new Uint8Array(90), "3.txt": new Uint8Array(90) });
    expect(unpackZip(heavy, "heavy.zip", limits)).toEqual([{ path: "heavy.zip", message: expect.stringContaining("解压后共") }]);
    const damaged = zipSync({ "1.txt": text("1") }).slice(0, 30);
    expect(unpackZip(damaged, "bad.zip", limits)).toEqual([{ path: "bad.zip", message: expect.stringContaining("已损坏") }]);
  });

  it("reads a name a Chinese Windows archiver stored in GBK", () => {
    const zip = zipSync({ "AAAA.txt": text("x") });
    const gbk = [0xb1, 0xb1, 0xed, 0xd5]; // 北碚
    for (let at = zip.indexOf(0x41); at >= 0; at = zip.indexOf(0x41, at + 4)) if (zip[at + 3] === 0x41) zip.set(gbk, at);
    expect(unpackZip(zip, "a.zip", limits)).toEqual([expect.objectContaining({ path: "a.zip/北碚.txt", fileName: "北碚.txt" })]);
  });

  it("refuses a zip bomb whole: an entry packed over 100:1, or one that inflates past what the directory declares", () => {
    const big = { maxEntries: 3, maxEntryBytes: 20 * 1024 * 1024, maxTotalBytes: 100 * 1024 * 1024 };
    const packed = zipSync({ "a.txt": new Uint8Array(2 * 1024 * 1024).fill(65) }, { level: 9 });
    expect(unpackZip(packed, "bomb.zip", big)).toEqual([{ path: "bomb.zip", message: expect.stringContaining("疑似压缩炸弹") }]);
    const lying = zipSync({ "a.txt": new Uint8Array(4096).fill(65) });
    const view = new DataView(lying.buffer);
    const central = lying.findLastIndex((_, i) => i + 4 <= lying.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 100, true); // declares 100 bytes for 4,096
    expect(unpackZip(lying, "lying.zip", big)).toEqual([{ path: "lying.zip", message: "压缩包解压后比其目录所记的大，疑似压缩炸弹，已拒绝。" }]);
  });
});

describe("files as given", () => {
  it("are kept as they are, except archives, which give their files; an archive in an archive is refused", () => {
    const inner = zipSync({ "x.txt": text("x") });
    const zip = zipSync({ "a.txt": text("a"), "inner.zip": inner });
    const docxLike = zipSync({ "[Content_Types].xml": text("<Types/>"), "word/document.xml": text("<w:document/>") });
    expect(isArchive(zip)).toBe(true);
    expect(isArchive(docxLike)).toBe(false);
    const found = expandArchives([
      { path: "one.txt", fileName: "one.txt", bytes: text("1") },
      { path: "b.zip", fileName: "b.zip", bytes: zip },
      { path: "报告.docx", fileName: "报告.docx", bytes: docxLike },
    ]);
    expect(found.map((f) => (isRefused(f) ? `${f.path}: ${f.message}` : f.path))).toEqual([
      "one.txt",
      "b.zip/a.txt",
      "b.zip/inner.zip: 是压缩包内的压缩包，未解开；请先解压后再导入。",
      "报告.docx",
    ]);
  });
});
