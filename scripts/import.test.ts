import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { disclosureDocumentSchema } from "@/lib/disclosure/schema";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "import-cli-"));
const dataDir = path.join(tmp, "pglite");
const seeds = (...names: string[]) => names.map((n) => `db/sample/disclosures/${n}`);

function runImport(...args: string[]) {
  return spawnSync(process.execPath, ["--conditions=react-server", "scripts/run-bundled.mjs", "scripts/import.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "" },
    timeout: 60_000,
    maxBuffer: 64 << 20,
  });
}

// each case starts the command-line tool, which takes seconds on a busy machine
const SPAWNS = { timeout: 90_000 };

describe("npm run import -- --json --dry-run", SPAWNS, () => {
  it("prints one budget-disclosure/v1 document with its findings, and writes nothing", () => {
    const r = runImport("--json", "--dry-run", ...seeds("tongnan-zwb-2025.txt"));
    expect(r.status).toBe(0);
    const doc = disclosureDocumentSchema.parse(JSON.parse(r.stdout));
    expect(doc).toMatchObject({ district: "潼南区", year: 2025, kind: "budget", sourceUnit: "万元" });
    expect(doc.findings?.some((f) => f.rule === "N2" && f.message.includes("25.92"))).toBe(true);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("prints a PDF that names no department, with the I1 finding saying so, and exits 0", () => {
    const r = runImport("--json", "--dry-run", "lib/documents/fixtures/corpus/qzfb_2025_unit.pdf");
    expect(r.status).toBe(0);
    const doc = disclosureDocumentSchema.parse(JSON.parse(r.stdout));
    expect(doc).toMatchObject({ department: { name: "上海市普陀区人民政府办公室" }, year: 2025, sourceUnit: "元", source: { format: "pdf", pages: 21 } });
    expect(doc.findings?.filter((f) => f.rule === "I1").map((f) => f.message)).toContainEqual(expect.stringMatching(/^文件中找不到部门编码/));
  }, 60_000);

  it("prints a JSON array for several files", () => {
    const r = runImport("--json", "--dry-run", ...seeds("beibei-zfb-2024.txt", "nanan-zwb-2024.txt"));
    expect(r.status).toBe(0);
    const docs = JSON.parse(r.stdout) as { department: { name: string } }[];
    expect(docs.map((d) => d.department.name)).toEqual(["重庆市北碚区人民政府办公室", "重庆市南岸区政务服务管理办公室"]);
  });

  it("keeps a cell that is not an amount as an I1 finding naming table, row and column, and exits 0", () => {
    const odd = path.join(tmp, "坏数据.txt");
    const text = fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt", "utf8").replace("2010301\t行政运行\t152.03\t3.50\t3.50", "2010301\t行政运行\t152.03\t3.5O\t3.50");
    fs.writeFileSync(odd, text);
    const r = runImport("--json", "--dry-run", odd);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("坏数据.txt：已解析（未写入）");
    expect(r.stderr).toContain("导入时未能读取 1 处");
    const doc = disclosureDocumentSchema.parse(JSON.parse(r.stdout));
    expect(doc.findings?.filter((f) => f.rule === "I1").map((f) => f.message)).toEqual([expect.stringMatching(/2010301 行政运行）.*列的“3\.5O”不是金额/)]);
  });

  it("exits 1 with the reason when a file is not a disclosure, or is missing or empty", () => {
    const notes = path.join(tmp, "说明.txt");
    const empty = path.join(tmp, "empty.txt");
    fs.writeFileSync(notes, "这不是预算公开文件。\n");
    fs.writeFileSync(empty, "");
    const r = runImport("--dry-run", notes, empty, path.join(tmp, "nosuch.txt"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("说明.txt：未导入：文件 说明.txt：找不到任何预算表");
    expect(r.stderr).toContain("文件 empty.txt：文件为空");
    expect(r.stderr).toContain("nosuch.txt：未导入：找不到文件");
    expect(r.stdout).toContain("共 3 个文件：未导入 3 个。");
  });

  it("walks a folder and unpacks a ZIP, telling files by content whatever their names", () => {
    const folder = path.join(tmp, "文件夹");
    fs.mkdirSync(path.join(folder, "子目录"), { recursive: true });
    fs.copyFileSync("db/sample/disclosures/nanan-zwb-2024.txt", path.join(folder, "子目录", "没有扩展名"));
    const zip = path.join(tmp, "批量.zip");
    fs.writeFileSync(zip, zipSync({ "北碚/a.dat": new Uint8Array(fs.readFileSync("db/sample/disclosures/beibei-zfb-2024.txt")) }));
    const r = runImport("--json", "--dry-run", folder, zip);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { department: { code: string } }[]).map((d) => d.department.code)).toEqual(["236", "104"]);
    expect(r.stderr).toContain(`${path.join(zip, "北碚", "a.dat")}：已解析（未写入）`);
    expect(r.stderr).toContain("共 2 个文件：解析 2 个（未写入）。");
  });
});

describe("npm run import (storing)", SPAWNS, () => {
  it("stores a draft of the department with its file, and skips a file imported before however it is named", () => {
    // the sample data loaded into a new database is this very file
    const sample = runImport(...seeds("beibei-zwfwzx-2025.txt"));
    expect(sample.status).toBe(0);
    expect(sample.stdout).toContain("beibei-zwfwzx-2025.txt：已导入过（sha256 相同），跳过");

    const doc = JSON.parse(runImport("--json", "--dry-run", ...seeds("beibei-zwfwzx-2025.txt")).stdout) as Record<string, unknown>;
    const file = path.join(tmp, "2031.json");
    fs.writeFileSync(file, JSON.stringify({ ...doc, year: 2031, findings: undefined }));
    const r = runImport(file);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2031\.json：已导入为草稿 [0-9a-f-]{36}（第 1 版，部门 500109-134）；导入时未能读取 0 处，一致性发现 \d+ 条/);
    const copy = path.join(tmp, "同一个文件.json");
    fs.copyFileSync(file, copy);
    const again = runImport(copy);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("同一个文件.json：已导入过（sha256 相同），跳过");
    expect(again.stdout).toContain("共 1 个文件：跳过 1 个。");
  }, 180_000);
});
