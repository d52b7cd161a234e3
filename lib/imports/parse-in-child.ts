import { spawn } from "node:child_process";
import path from "node:path";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
// the error class and the ZIP checks alone: the readers (pdf.js and the rest) stay out of the server's bundle
import { ImportError, type ImportErrorLocation } from "@/lib/documents/errors";
import { isZip, zipEntries } from "@/lib/documents/sniff-zip";
import { bombRefusal, checkArchiveInflation } from "@/lib/documents/zip-budget";

export interface ParseLimits {
  /** the child is killed after this long */
  timeoutMs: number;
  /** V8 heap cap of the child (--max-old-space-size) */
  maxHeapMb: number;
}

/**
 * Generous for a 300-page, 20 MB PDF (docs/benchmarks.md has the measured time and memory); a
 * Word or Excel file never comes near them, its package being checked before (checkArchiveInflation).
 */
export const DEFAULT_PARSE_LIMITS: ParseLimits = { timeoutMs: 180_000, maxHeapMb: 2048 };

/** At most this many documents are parsed at once by one process; the others wait their turn. */
const MAX_PARALLEL = 2;

/** Raised when the child did not answer: killed (time, memory) or crashed. */
export class ParseFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ParseFailed";
  }
}

type Answer = { ok: true; document: DisclosureDocument } | { ok: false; message: string; location: ImportErrorLocation };

// one queue per process, whichever bundle loaded this module
const SLOTS = Symbol.for("cq-budget-disclosure.parse-slots");
const state = globalThis as { [SLOTS]?: { running: number; waiting: (() => void)[] } };
const slots = (state[SLOTS] ??= { running: 0, waiting: [] });

async function withSlot<T>(run: () => Promise<T>): Promise<T> {
  if (slots.running >= MAX_PARALLEL) await new Promise<void>((go) => slots.waiting.push(go));
  else slots.running++;
  try {
    return await run();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.running--;
  }
}

/**
 * importFile (lib/documents) run in a child process (scripts/parse-document.ts, through scripts/run-bundled.mjs):
 * the bytes go in on stdin, the document comes back on stdout. Parsing is CPU-bound and
 * synchronous in places; in the server's own process a 300-page PDF would stall every request
 * for as long as it takes. The same ImportError as importFile's is raised for a file that is not
 * a disclosure (a zip bomb among them, refused before a child starts); ParseFailed when the
 * child is killed or crashes.
 */
export async function parseInChild(bytes: Uint8Array, fileName: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Promise<DisclosureDocument> {
  await refuseZipBomb(bytes, fileName);
  return withSlot(() => runChild(bytes, fileName, limits));
}

/**
 * A Word or Excel package (or any ZIP) that inflates past the archive limits is refused here, in
 * a second or less and without waiting for a parsing slot: a child would take as long to start.
 */
async function refuseZipBomb(bytes: Uint8Array, fileName: string): Promise<void> {
  const entries = isZip(bytes) ? zipEntries(bytes) : null;
  if (entries && (await checkArchiveInflation(bytes, entries)) === "bomb") throw new ImportError({ fileName }, bombRefusal());
}

function runChild(bytes: Uint8Array, fileName: string, { timeoutMs, maxHeapMb }: ParseLimits): Promise<DisclosureDocument> {
  const root = process.cwd();
  // inspector or loader flags of the parent (next dev, vitest) are not the child's business
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${maxHeapMb}`, "--conditions=react-server", path.join(root, "scripts", "run-bundled.mjs"), "scripts/parse-document.ts", fileName],
    { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] },
  );
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    // the child may stop reading early (a refusal before the whole file is in): that is no error here
    child.stdin.on("error", () => {});
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new ParseFailed(`无法启动解析进程：${e.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return reject(new ParseFailed(`文件 ${fileName}：解析超过 ${Math.ceil(timeoutMs / 1000)} 秒，已中止。`));
      let answer: Answer | undefined;
      try {
        answer = code === 0 ? (JSON.parse(Buffer.concat(out).toString("utf8")) as Answer) : undefined;
      } catch {
        answer = undefined;
      }
      if (!answer) {
        const detail = Buffer.concat(err).toString("utf8");
        const oom = /heap out of memory|Allocation failed/i.test(detail);
        if (detail && !oom) console.error(`解析 ${fileName} 的进程出错（${signal ?? code}）：\n${detail.slice(-4000)}`);
        return reject(new ParseFailed(oom ? `文件 ${fileName}：解析所需内存超过上限，已中止。` : `文件 ${fileName}：解析时出错，未能读取。`));
      }
      if (answer.ok) return resolve(answer.document);
      const refusal = new ImportError(answer.location, "");
      refusal.message = answer.message;
      reject(refusal);
    });
    child.stdin.end(bytes);
  });
}
