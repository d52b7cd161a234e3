import type { DisclosureDocument } from "@/lib/disclosure/schema";

/** What a search may find a disclosure by: its heading, and everything it says. */
export function searchableText(doc: DisclosureDocument, title: string) {
  const heading = [doc.district, doc.department.name, doc.department.code, title].join(" ");
  const body = [
    ...Object.values(doc.sections),
    doc.contact?.name ?? "",
    ...doc.tables.flatMap((t) => [t.title, t.note ?? "", ...t.rows.flatMap((r) => [r.code ?? "", r.name ?? ""])]),
    ...doc.projects.flatMap((p) => [p.code ?? "", p.name, p.category ?? ""]),
    doc.performance.overall?.goal ?? "",
    ...[...(doc.performance.overall?.indicators ?? []), ...doc.performance.projects.flatMap((p) => p.indicators)].map((i) => `${i.level1} ${i.level2} ${i.level3}`),
    ...doc.performance.projects.flatMap((p) => [p.projectName, p.goal ?? "", p.overview ?? ""]),
  ].join("\n");
  return { heading, body };
}
