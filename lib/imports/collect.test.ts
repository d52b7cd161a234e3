import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { collectPaths } from "./collect";
import { isRefused } from "./unzip";

async function paths(given: string[], root: string) {
  const out: string[] = [];
  for await (const f of collectPaths(given)) out.push(`${path.relative(root, f.path)}${isRefused(f) ? ` — ${f.message}` : ""}`);
  return out;
}

describe("what the command line is given", () => {
  it("walks folders at any depth in name order, whatever the files are called, and unpacks the ZIPs found", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "collect-"));
    mkdirSync(path.join(root, "北碚", "2025"), { recursive: true });
    writeFileSync(path.join(root, "北碚", "2025", "没有扩展名"), "x");
    writeFileSync(path.join(root, "北碚", "a.pdf"), "%PDF-");
    writeFileSync(path.join(root, "北碚", ".hidden"), "x");
    writeFileSync(path.join(root, "北碚", "Thumbs.db"), "x");
    writeFileSync(path.join(root, "z.zip"), zipSync({ "1.txt": strToU8("1"), "2.txt": strToU8("2") }));
    writeFileSync(path.join(root, "big.txt"), Buffer.alloc(20 * 1024 * 1024 + 1));
    expect(await paths([path.join(root, "北碚"), path.join(root, "z.zip"), path.join(root, "big.txt"), path.join(root, "none.pdf")], root)).toEqual([
      "北碚/2025/没有扩展名",
      "北碚/a.pdf",
      "z.zip/1.txt",
      "z.zip/2.txt",
      "big.txt — 超过 20 MB，未导入。",
      "none.pdf — 找不到文件或文件夹。",
    ]);
  });
});
