import { test } from "vitest";
import * as XLSX from "@e965/xlsx";
import { readWorkbook } from "@/lib/documents/xlsx/read-workbook";
test("t", async () => {
  const rows = Array.from({ length: 19_999 }, (_, r) => Array.from({ length: 10 }, (_, c) => (c === 0 ? `项目${r}` : r * 10 + c + 0.25)));
  const wb = XLSX.utils.book_new(); XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "S");
  const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
  const c0 = process.cpuUsage(); const t = performance.now(); const m = await readWorkbook(bytes, "big.xlsx"); const c = process.cpuUsage(c0);
  console.log(`200k cells: ${(bytes.length/1024).toFixed(0)}KB ${(performance.now() - t).toFixed(0)}ms wall ${((c.user+c.system)/1000).toFixed(0)}ms cpu, rss ${(process.memoryUsage().rss/1e6).toFixed(0)}MB blocks ${m.blocks.length}`);
}, 300_000);
