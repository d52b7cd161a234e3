import { readFileSync, writeFileSync } from "node:fs";
import { test } from "vitest";
import { readDocx } from "@/lib/documents/docx/read-docx";
import { readWorkbook } from "@/lib/documents/xlsx/read-workbook";
const show = (m: any) => m.blocks.map((b: any) => b.type === "table" ? b.rows.map((r: string[]) => "  | " + r.join(" | ")).join("\n") : `[${b.type}] ${b.text}`).join("\n");
test("t", async () => {
  writeFileSync("/tmp/lo/d.txt", show(await readDocx(new Uint8Array(readFileSync("/tmp/lo/full-tongnan-zwb-2025.docx")), "x")));
  writeFileSync("/tmp/lo/x.txt", show(await readWorkbook(new Uint8Array(readFileSync("/tmp/lo/full-tongnan-zwb-2025.xlsx")), "x")));
}, 300_000);
