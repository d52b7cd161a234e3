// The JavaScript a public page makes a browser load first: every <script type=module|classic src>
// of its HTML (nomodule polyfills, which modern browsers skip, listed apart), gzipped at level 9.
// Usage: npm run page-weight -- [BASE_URL]   (a running `npm start`; default http://localhost:3000)
import { gzipSync } from "node:zlib";

const base = (process.argv[2] ?? "http://localhost:3000").replace(/\/$/, "");
const BUDGET_KB = 150;

async function text(path) {
  const res = await fetch(base + path);
  if (!res.ok) throw new Error(`${path} 返回 ${res.status}`);
  return res.text();
}

async function weigh(path) {
  const html = await text(path);
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)];
  let first = 0;
  let skipped = 0;
  for (const [tag, src] of new Map(tags.map((m) => [m[1], m])).values()) {
    const bytes = gzipSync(Buffer.from(await text(src)), { level: 9 }).length;
    if (/\bnomodule\b/i.test(tag)) skipped += bytes;
    else first += bytes;
  }
  return { first, skipped };
}

const list = JSON.parse(await text("/api/v1/disclosures?pageSize=1"));
const id = list.items?.[0]?.id;
const pages = ["/", "/search?q=%E6%8E%A5%E5%BE%85", ...(id ? [`/disclosures/${id}`, `/compare?ids=${id}`] : []), "/contact"];
console.log(`${base}; gzip -9; budget ${BUDGET_KB} KB for the disclosure page\n`);
console.log("page".padEnd(56) + "first-load KB".padStart(14) + "nomodule KB".padStart(13));
let over = false;
for (const path of pages) {
  const { first, skipped } = await weigh(path);
  const kb = first / 1024;
  if (path.startsWith("/disclosures/") && kb > BUDGET_KB) over = true;
  console.log(path.padEnd(56) + kb.toFixed(1).padStart(14) + (skipped / 1024).toFixed(1).padStart(13));
}
if (over) {
  console.log(`\n公开文件页面的首屏脚本超过 ${BUDGET_KB} KB。`);
  process.exit(1);
}
