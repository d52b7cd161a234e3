import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { disclosureDocumentSchema } from "@/lib/disclosure/schema";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "import-cli-"));
const dataDir = path.join(tmp, "pglite");
const seeds = (...names: string[]) => names.map((n) => `db/sample/disclosures/${n}`);

function runImport(...args: string[]) {
  return spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "" },
    timeout: 60_000,
    maxBuffer: 64 << 20,
  });
}

describe("npm run import -- --json --dry-run", () => {
  it("prints one budget-disclosure/v1 document with its findings, and writes nothing", () => {
    const r = runImport("--json", "--dry-run", ...seeds("tongnan-zwb-2025.txt"));
    expect(r.status).toBe(0);
    const doc = disclosureDocumentSchema.parse(JSON.parse(r.stdout));
    expect(doc).toMatchObject({ district: "潼南区", year: 2025, kind: "budget", sourceUnit: "万元" });
    expect(doc.findings?.some((f) => f.rule === "N2" && f.message.includes("25.92"))).toBe(true);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("prints a JSON array for several files", () => {
    const r = runImport("--json", "--dry-run", ...seeds("beibei-zfb-2024.txt", "nanan-zwb-2024.txt"));
    expect(r.status).toBe(0);
    const docs = JSON.parse(r.stdout) as { department: { name: string } }[];
    expect(docs.map((d) => d.department.name)).toEqual(["重庆市北碚区人民政府办公室", "重庆市南岸区政务服务管理办公室"]);
  });

  it("exits 1 with a message naming the file, table, row and column when a file cannot be parsed", () => {
    const bad = path.join(tmp, "坏数据.txt");
    const text = fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt", "utf8").replace("2010301\t行政运行\t152.03\t3.50\t3.50", "2010301\t行政运行\t152.03\t3.5O\t3.50");
    fs.writeFileSync(bad, text);
    const r = runImport("--json", "--dry-run", bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("未导入：文件 坏数据.txt，表“");
    expect(r.stderr).toMatch(/2010301 行政运行）.*列“.*”：“3\.5O”不是金额/);
    expect(JSON.parse(r.stdout)).toBeNull();
  });

  it("refuses a missing or empty file clearly", () => {
    const empty = path.join(tmp, "empty.txt");
    fs.writeFileSync(empty, "");
    const r = runImport("--dry-run", empty, path.join(tmp, "nosuch.txt"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("文件 empty.txt：文件为空");
    expect(r.stderr).toContain("找不到文件");
  });
});

describe("npm run import (storing)", () => {
  it("stores a draft of the department and prints its id and findings in Chinese", () => {
    const r = runImport(...seeds("beibei-zwfwzx-2025.txt"));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/已保存为草稿，编号 [0-9a-f-]{36}（第 2 版）/);
    expect(r.stdout).toContain("一致性检查：");
  }, 60_000);
});
