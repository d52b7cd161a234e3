// What a public page weighs for a browser, against 150 KB budgets:
// - its HTML as served (uncompressed; gzip -9 beside it), for the home page and each sample
//   disclosure's page in each unit (the first page of the list: on a fresh installation the four
//   samples);
// - of that HTML, the part that is the inline RSC payload (the `self.__next_f.push` scripts that
//   hydrate the page), the rest being the markup;
// - the JavaScript it loads first: every <script type=module|classic src> of its HTML (nomodule
//   polyfills, which modern browsers skip, listed apart), gzipped at level 9.
// Usage: npm run page-weight -- [BASE_URL]   (a running `npm start`; default http://localhost:3000)
import { gzipSync } from "node:zlib";

const base = (process.argv[2] ?? "http://localhost:3000").replace(/\/$/, "");
const BUDGET_KB = 150;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

async function text(path) {
  const res = await fetch(base + path);
  if (!res.ok) throw new Error(`${path} 返回 ${res.status}`);
  return res.text();
}

/** The bytes of the inline `self.__next_f.push(…)` scripts: the page's content a second time, as the payload that hydrates it. */
const payload = (html) => [...html.matchAll(/<script\b[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g)].reduce((n, [m]) => n + Buffer.byteLength(m), 0);

async function scripts(html) {
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)];
  let first = 0;
  let skipped = 0;
  for (const [tag, src] of new Map(tags.map((m) => [m[1], m])).values()) {
    const bytes = gz(await text(src));
    if (/\bnomodule\b/i.test(tag)) skipped += bytes;
    else first += bytes;
  }
  return { first, skipped };
}

const { items = [] } = JSON.parse(await text("/api/v1/disclosures?pageSize=10"));
// each in both units: amounts in 元 are the longer
const disclosures = items.flatMap((d) => ["万元", "元"].map((unit) => ({ path: `/disclosures/${d.id}?unit=${encodeURIComponent(unit)}`, name: `${d.department?.name ?? d.id} ${d.year ?? ""}（${unit}）` })));
const pages = [
  { path: "/", name: "首页", htmlBudget: true },
  ...disclosures.map((d) => ({ ...d, htmlBudget: true, jsBudget: true })),
  { path: "/search?q=%E6%8E%A5%E5%BE%85", name: "检索 接待" },
  ...(items[0] ? [{ path: `/compare?ids=${items[0].id}`, name: "比较" }] : []),
  { path: "/contact", name: "联系与反馈" },
];

console.log(`${base}; budgets ${BUDGET_KB} KB: HTML uncompressed (home and disclosure pages), first-load JS gzip -9 (disclosure pages)\n`);
console.log("page".padEnd(52) + "HTML KB".padStart(9) + "payload KB".padStart(12) + "HTML gz KB".padStart(12) + "first-load JS KB".padStart(18) + "nomodule KB".padStart(13));
const over = [];
for (const { path, name, htmlBudget, jsBudget } of pages) {
  const html = await text(path);
  const bytes = Buffer.byteLength(html);
  const { first, skipped } = await scripts(html);
  if (htmlBudget && bytes > BUDGET_KB * 1024) over.push(`${name} 的 HTML ${kb(bytes)} KB`);
  if (jsBudget && first > BUDGET_KB * 1024) over.push(`${name} 的首屏脚本 ${kb(first)} KB`);
  const label = `${path.length > 24 ? `${path.slice(0, 22)}…` : path} ${name}`;
  console.log(label.padEnd(52 - [...name].length) + kb(bytes).padStart(9) + kb(payload(html)).padStart(12) + kb(gz(html)).padStart(12) + kb(first).padStart(18) + kb(skipped).padStart(13));
}
if (over.length > 0) {
  console.log(`\n超过 ${BUDGET_KB} KB：${over.join("；")}。`);
  process.exit(1);
}
