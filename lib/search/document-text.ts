import type { AnyTable, DisclosureDocument } from "@/lib/disclosure/schema";

/** A table's words: title and note, and its row codes and names; or, kept as printed, its column headers and cells. */
const tableText = (t: AnyTable): string[] => [
  t.title,
  t.note ?? "",
  ...(t.kind === "other"
    ? [...t.columns, ...t.rows.flatMap((r) => r.cells.map((c) => c ?? ""))]
    : t.rows.flatMap((r) => [r.code ?? "", r.name ?? ""])),
];

/** What a search may find a disclosure by: its heading, and everything it says. */
export function searchableText(doc: DisclosureDocument, title: string) {
  const heading = [doc.district, doc.department.name, doc.department.code, title].join(" ");
  const body = [
    ...Object.values(doc.sections),
    doc.contact?.name ?? "",
    ...doc.tables.flatMap(tableText),
    ...doc.projects.flatMap((p) => [p.code ?? "", p.name, p.category ?? ""]),
    doc.performance.overall?.goal ?? "",
    ...[...(doc.performance.overall?.indicators ?? []), ...doc.performance.projects.flatMap((p) => p.indicators)].map((i) => `${i.level1} ${i.level2} ${i.level3}`),
    ...doc.performance.projects.flatMap((p) => [p.projectName, p.goal ?? "", p.overview ?? ""]),
  ].join("\n");
  return { heading, body };
}
