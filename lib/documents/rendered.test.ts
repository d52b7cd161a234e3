import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { isStandardTable, type SourceUnit, type TableRow } from "@/lib/disclosure/schema";
import { parseAmount } from "@/lib/money";
import * as zfb from "./fixtures/beibei-zfb-2024.tables";
import * as zwfwzx from "./fixtures/beibei-zwfwzx-2025.tables";
import * as nanan from "./fixtures/nanan-zwb-2024.tables";
import * as tongnan from "./fixtures/tongnan-zwb-2025.tables";
import type { ExpectedTable } from "./fixtures/types";
import { importFile } from "./import-file";

/** The four seeds printed to PDF as ruled tables: the figures are the seeds' own, transcribed from their text. */
// reading a 25-page PDF takes a few seconds on a busy 2-core machine
vi.setConfig({ testTimeout: 60_000 });

const RENDERED: { file: string; department: string; code: string; unit: SourceUnit; tables: ExpectedTable[] }[] = [
  { file: "beibei-zfb-2024.pdf", department: "重庆市北碚区人民政府办公室", code: "104", unit: "万元", tables: zfb.tables },
  { file: "beibei-zwfwzx-2025.pdf", department: "重庆市北碚区政务服务中心", code: "134", unit: "万元", tables: zwfwzx.tables },
  { file: "nanan-zwb-2024.pdf", department: "重庆市南岸区政务服务管理办公室", code: "236", unit: "万元", tables: nanan.tables },
  { file: "tongnan-zwb-2025.pdf", department: "重庆市潼南区政务服务管理办公室", code: "363", unit: "万元", tables: tongnan.tables },
];

const keyOf = (row: TableRow) => (row.side ? `${row.side}:${row.name}` : (row.code ?? row.name ?? ""));

describe.each(RENDERED)("rendered seed $file", (seed) => {
  const imported = importFile(new Uint8Array(readFileSync(join(__dirname, "fixtures/corpus/chongqing-rendered", seed.file))), seed.file);

  it("names the department and unit", async () => {
    const doc = await imported;
    expect([doc.department.name, doc.department.code, doc.sourceUnit]).toEqual([seed.department, seed.code, seed.unit]);
  });

  it.each(seed.tables.map((t) => [t.kind, t] as const))("reads every figure of %s", async (_kind, expected) => {
    const table = (await imported).tables.filter(isStandardTable).find((t) => t.kind === expected.kind);
    const wanted = expected.rows.map(([key, values]) => [
      key,
      Object.fromEntries(Object.entries(values).map(([column, printed]) => [column, printed === null ? null : parseAmount(printed, seed.unit)])),
    ]);
    // an imported document carries every column of its kind: those the seed does not print are blank
    const actual = table?.rows.map((row, i) => {
      const printed = Object.keys(wanted[i]?.[1] ?? {});
      const extra = Object.entries(row.values).filter(([column, v]) => !printed.includes(column) && v !== null);
      return [keyOf(row), Object.fromEntries([...printed.map((c) => [c, (row.values as Record<string, string | null>)[c] ?? null]), ...extra])];
    });
    expect(actual).toEqual(wanted);
  });
});
