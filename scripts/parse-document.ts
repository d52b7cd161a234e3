// Reads one document from stdin and writes `{ ok, document }` or `{ ok: false, message, location }`
// (an ImportError) as JSON to stdout. Run by lib/imports/parse-in-child.ts, so that parsing a large
// PDF happens in a process of its own and never holds up the server's event loop.
import { importFile, ImportError } from "@/lib/documents";

const fileName = process.argv[2] || "文件";

// the server that started this process died (kill -9, a crash): nobody waits for the answer
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(3);
}, 1000).unref();

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const bytes = new Uint8Array(Buffer.concat(chunks));

let answer: string;
try {
  answer = JSON.stringify({ ok: true, document: await importFile(bytes, fileName) });
} catch (e) {
  if (!(e instanceof ImportError)) throw e;
  answer = JSON.stringify({ ok: false, message: e.message, location: e.location });
}
process.stdout.write(answer, () => process.exit(0));
