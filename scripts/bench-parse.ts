// How much parsing a document holds up the event loop: the delay of a 10 ms timer while one file
// is parsed in a child process (as the app does) and, for comparison, in this process.
//   npx tsx scripts/bench-parse.ts FILE [--in-process]
import { readFileSync } from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { importFile } from "@/lib/documents";
import { parseInChild } from "@/lib/imports/parse-in-child";

const [file, mode] = process.argv.slice(2);
if (!file) {
  console.error("用法：npx tsx scripts/bench-parse.ts 文件 [--in-process]");
  process.exit(1);
}
const bytes = new Uint8Array(readFileSync(file));
const fileName = path.basename(file);

async function measure(label: string, parse: () => Promise<unknown>) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  let worst = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  histogram.enable();
  const started = performance.now();
  const outcome = await parse().then(
    () => "已解析",
    (e: Error) => `未导入（${e.message.slice(0, 80)}）`,
  );
  const took = performance.now() - started;
  histogram.disable();
  clearInterval(ticker);
  const ms = (ns: number) => (ns / 1e6).toFixed(1);
  console.log(
    `${label}：${(took / 1000).toFixed(1)} 秒，${outcome}；事件循环延迟 p50 ${ms(histogram.percentile(50))} ms，p99 ${ms(histogram.percentile(99))} ms，最大 ${ms(histogram.max)} ms（10 ms 定时器最长迟到 ${worst.toFixed(0)} ms）`,
  );
}

console.log(`${fileName}：${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`);
// what the machine itself does to a timer, with nothing parsed
await measure("空闲 5 秒（对照）", () => new Promise((done) => setTimeout(done, 5000)));
await measure("子进程解析", () => parseInChild(bytes, fileName));
if (mode === "--in-process") await measure("本进程解析", () => importFile(bytes, fileName));
