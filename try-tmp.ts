import { readFileSync } from "node:fs";
import { parseDisclosureText } from "@/lib/import";
import { disclosureDocumentSchema } from "@/lib/disclosure/schema";
const f = process.argv[2]!;
const doc = parseDisclosureText(readFileSync(f, "utf8"), { fileName: f });
const r = disclosureDocumentSchema.safeParse(doc);
if (!r.success) console.error(JSON.stringify(r.error.issues.slice(0, 5), null, 1));
console.log(doc.district, doc.department, doc.year, doc.kind, doc.sourceUnit, doc.contact);
for (const [k, v] of Object.entries(doc.sections)) console.log(`[${k}] ${v.slice(0, 60)}…${v.slice(-30)} (${v.length})`);
for (const t of doc.tables) {
  console.log(`== ${t.kind} | ${t.title} | note=${t.note ?? ""}`);
  for (const row of t.rows) console.log(`  ${row.side ?? ""} ${row.code ?? ""} ${row.name ?? ""} :: ${Object.entries(row.values).map(([k, v]) => `${k}=${v}`).join(" ")}`);
}
console.log("projects", doc.projects);
const o = doc.performance.overall;
console.log("overall goal", o?.goal.slice(0, 40), o?.indicators);
for (const p of doc.performance.projects) console.log("target", p.projectCode, p.projectName, p.amount, (p.overview ?? "").slice(0, 20), (p.basis ?? "").slice(0, 20), (p.goal ?? "").slice(0, 20), p.indicators.map((i) => JSON.stringify(i)).join("\n   "));
