/**
 * Import speed on the sample disclosures: decode, parse and consistency check of one document
 * (what `npm run import -- --dry-run` does per file), median and p95 per document.
 * Usage: npm run bench:import -- [runs] [files…]  (default 200 runs of db/sample/disclosures/*.txt)
 */
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { basename, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { importTextDocument } from "@/lib/documents";

const SAMPLES = fileURLToPath(new URL("../db/sample/disclosures", import.meta.url));
const WARMUP = 20;

const [runsArg, ...fileArgs] = process.argv.slice(2);
const runs = Number(runsArg ?? 200);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("usage: npm run bench:import -- [runs] [files…]");
  process.exit(1);
}
const files = fileArgs.length > 0 ? fileArgs : readdirSync(SAMPLES).filter((f) => f.endsWith(".txt")).sort().map((f) => join(SAMPLES, f));

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const cpus = os.cpus();
console.log(`machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, node ${process.version}, ${os.platform()} ${os.arch()}`);
console.log(`runs per document: ${runs} (after ${WARMUP} warm-up runs)\n`);
console.log("document".padEnd(28) + "KB".padStart(6) + "median ms".padStart(12) + "p95 ms".padStart(10));

let worstMedian = 0;
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  const fileName = basename(file);
  for (let i = 0; i < WARMUP; i++) importTextDocument(bytes, fileName);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    importTextDocument(bytes, fileName);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  worstMedian = Math.max(worstMedian, median);
  console.log(
    fileName.padEnd(28) +
      (bytes.byteLength / 1024).toFixed(1).padStart(6) +
      median.toFixed(3).padStart(12) +
      quantile(times, 0.95).toFixed(3).padStart(10),
  );
}
console.log(`\ntarget: median < 50 ms per document — ${worstMedian < 50 ? "met" : "NOT met"}`);
