/** Prints the blocks the PDF reader makes of a file: `npx tsx scripts/pdf-dump.ts file.pdf [page]`. */
import { readFileSync } from "node:fs";
import { readPdf } from "@/lib/documents/pdf";

const [file, onlyPage] = process.argv.slice(2);
if (!file) {
  console.error("usage: npx tsx scripts/pdf-dump.ts file.pdf [page]");
  process.exit(2);
}
const started = performance.now();
const model = await readPdf(readFileSync(file), file);
const ms = performance.now() - started;
for (const block of model.blocks) {
  if (onlyPage && block.page !== Number(onlyPage)) continue;
  if (block.type === "table") {
    const pages = block.rowPages ? ` pages ${[...new Set(block.rowPages)].join(",")}` : "";
    console.log(`[p${block.page} table ${block.rows.length}×${Math.max(...block.rows.map((r) => r.length))}${pages}]`);
    for (const row of block.rows) console.log(`  | ${row.join(" | ")}`);
  } else {
    console.log(`[p${block.page} ${block.type}] ${block.text}`);
  }
}
console.error(`${model.pages} pages, ${model.blocks.length} blocks, ${ms.toFixed(0)} ms`);
