import { readFileSync } from "node:fs";
import { test } from "vitest";
import { readDocx } from "@/lib/documents/docx/read-docx";
import { readWorkbook } from "@/lib/documents/xlsx/read-workbook";
import { sniffFormat } from "@/lib/documents/sniff";
test("t", async () => {
  for (const [f, r] of [["lib/documents/fixtures/office/beibei-zwfwzx-2025.docx", readDocx], ["lib/documents/fixtures/office/nested-tables.docx", readDocx], ["lib/documents/fixtures/office/beibei-zwfwzx-2025.xlsx", readWorkbook], ["lib/documents/fixtures/office/beibei-zwfwzx-2025.xls", readWorkbook], ["/tmp/lo/full-tongnan-zwb-2025.docx", readDocx], ["/tmp/lo/full-tongnan-zwb-2025.xlsx", readWorkbook], ["/tmp/lo/full-tongnan-zwb-2025.xls", readWorkbook]] as const) {
    const b = new Uint8Array(readFileSync(f));
    let c0 = process.cpuUsage(); let t = performance.now(); const m = await r(b, f); const cold = performance.now() - t; const coldCpu = process.cpuUsage(c0);
    for (let i = 0; i < 10; i++) await r(b, f);
    const times = [], cpus = [];
    for (let i = 0; i < 30; i++) { c0 = process.cpuUsage(); t = performance.now(); await r(b, f); times.push(performance.now() - t); const c = process.cpuUsage(c0); cpus.push((c.user + c.system) / 1000); }
    times.sort((a, b) => a - b); cpus.sort((a, b) => a - b);
    t = performance.now(); for (let i = 0; i < 200; i++) sniffFormat(b); const sn = (performance.now() - t) / 200;
    const rows = m.blocks.reduce((n, x) => n + (x.type === "table" ? x.rows.length : 1), 0);
    console.log(`${f.split("/").pop()} ${(b.length/1024).toFixed(1)}KB ${rows} lines: first ${cold.toFixed(0)}ms wall/${((coldCpu.user+coldCpu.system)/1000).toFixed(0)}ms cpu; warm median ${times[15]!.toFixed(0)}ms wall / ${cpus[15]!.toFixed(0)}ms cpu, min ${times[0]!.toFixed(0)}ms; sniff ${sn.toFixed(2)}ms`);
  }
}, 300_000);
