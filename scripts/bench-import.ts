/**
 * Import speed and memory: read + recognise + consistency check of one document (what
 * `npm run import -- --dry-run` does per file), median and p95 per document, and the peak RSS of
 * one import in a fresh process.
 * Usage: npm run bench:import -- [runs] [files…]
 *   default: the sample texts, the corpus PDFs and the Word/Excel fixtures; runs defaults to 50
 *   (text, Word, Excel) and 10 (PDF).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { basename, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { importFile } from "@/lib/documents";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const FOLDERS = [
  here("../db/sample/disclosures"),
  here("../lib/documents/fixtures/corpus"),
  here("../lib/documents/fixtures/corpus/chongqing-rendered"),
  here("../lib/documents/fixtures/office"),
];
const DOCUMENT = /\.(txt|pdf|docx|xlsx|xls)$/;

async function importOnce(file: string): Promise<void> {
  await importFile(new Uint8Array(readFileSync(file)), basename(file));
}

// a child measuring one import's peak resident memory
if (process.argv[2] === "--rss") {
  await importOnce(process.argv[3]!);
  console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
}

const [runsArg, ...fileArgs] = process.argv.slice(2);
const fixedRuns = runsArg === undefined ? null : Number(runsArg);
if (fixedRuns !== null && (!Number.isInteger(fixedRuns) || fixedRuns < 1)) {
  console.error("usage: npm run bench:import -- [runs] [files…]");
  process.exit(1);
}
const files =
  fileArgs.length > 0
    ? fileArgs
    : FOLDERS.flatMap((folder) => readdirSync(folder).filter((f) => DOCUMENT.test(f)).sort().map((f) => join(folder, f)));

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/**
 * V8 grows its heap lazily up to its limit (gigabytes on this machine), so an uncapped process's
 * peak RSS says more about the limit than about the import: the child runs with the heap capped
 * at HEAP_MB, and the import succeeding within it is the measure.
 */
const HEAP_MB = 160;

function peakRssMb(file: string): number | null {
  const args = [`--max-old-space-size=${HEAP_MB}`, ...process.execArgv, fileURLToPath(import.meta.url), "--rss", file];
  const child = spawnSync(process.execPath, args, { encoding: "utf8" });
  const line = child.stdout.trim().split("\n").at(-1) ?? "";
  try {
    return (JSON.parse(line) as { maxRssKb: number }).maxRssKb / 1024;
  } catch {
    return null;
  }
}

const cpus = os.cpus();
console.log(`machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, node ${process.version}, ${os.platform()} ${os.arch()}, load ${os.loadavg()[0]!.toFixed(2)}`);
console.log(`peak RSS: one import in a fresh process with the V8 heap capped at ${HEAP_MB} MB ("?" = it failed within the cap); baseline: an empty node process, first row\n`);
console.log("document".padEnd(34) + "KB".padStart(8) + "runs".padStart(6) + "median ms".padStart(12) + "p95 ms".padStart(10) + "peak RSS MB".padStart(13));

const baseline = spawnSync(process.execPath, ["-e", "console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }))"], { encoding: "utf8" });
console.log("(node -e, nothing imported)".padEnd(60) + ((JSON.parse(baseline.stdout) as { maxRssKb: number }).maxRssKb / 1024).toFixed(0).padStart(13));

for (const file of files) {
  const bytes = readFileSync(file).byteLength;
  const runs = fixedRuns ?? (file.endsWith(".pdf") ? 10 : 50);
  try {
    for (let i = 0; i < Math.min(3, runs); i++) await importOnce(file);
  } catch (error) {
    console.log(`${basename(file).padEnd(34)}refused: ${(error as Error).message}`);
    continue;
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await importOnce(file);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const rss = peakRssMb(file);
  console.log(
    basename(file).padEnd(34) +
      (bytes / 1024).toFixed(1).padStart(8) +
      String(runs).padStart(6) +
      quantile(times, 0.5).toFixed(1).padStart(12) +
      quantile(times, 0.95).toFixed(1).padStart(10) +
      (rss === null ? "?" : rss.toFixed(0)).padStart(13),
  );
}
console.log("\ntargets: a 30-page PDF median ≤ 1 s; a DOCX or XLSX ≤ 100 ms; peak RSS of one import ≤ 300 MB");
