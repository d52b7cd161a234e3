import { KIND_LABELS } from "@/lib/disclosure/list-query";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import type { FileOutcome } from "./outcome";

/** What a document is, in one line: district, department, year, kind, unit and size. */
export const describeDocument = (doc: DisclosureDocument) =>
  `${doc.district} ${doc.department.name}（${doc.department.code}）${doc.year} 年${KIND_LABELS[doc.kind]}，单位 ${doc.sourceUnit}，${doc.tables.length} 张表，${doc.projects.length} 个项目`;

const counts = (o: { i1?: number; findings?: number }) =>
  o.i1 === undefined ? "" : `；导入时未能读取 ${o.i1} 处，一致性发现 ${o.findings ?? 0} 条`;

/** The command line's line for one file. */
export function outcomeLine(path: string, o: FileOutcome): string {
  switch (o.status) {
    case "imported":
      return `${path}：已导入为草稿 ${o.disclosureId}（第 ${o.revision} 版，部门 ${o.departmentKey}${o.departmentCreated ? "，新建部门" : ""}）${counts(o)}`;
    case "parsed":
      return `${path}：已解析（未写入）：${describeDocument(o.doc)}${counts(o)}`;
    case "skipped":
      return `${path}：${o.message}（已有文件 ${o.disclosureId}）`;
    case "refused":
      return `${path}：未导入：${o.message}${counts(o)}`;
    case "failed":
      return `${path}：导入失败：${o.message}`;
  }
}

/** The closing line: how many files came to what. */
export function summaryLine(outcomes: FileOutcome[]): string {
  const n = (s: FileOutcome["status"]) => outcomes.filter((o) => o.status === s).length;
  const parts = [
    n("imported") ? `导入 ${n("imported")} 个` : "",
    n("parsed") ? `解析 ${n("parsed")} 个（未写入）` : "",
    n("skipped") ? `跳过 ${n("skipped")} 个` : "",
    n("refused") ? `未导入 ${n("refused")} 个` : "",
    n("failed") ? `失败 ${n("failed")} 个` : "",
  ].filter(Boolean);
  return `共 ${outcomes.length} 个文件${parts.length ? "：" + parts.join("，") : ""}。`;
}

/** 0 when every file was read (imported, parsed or skipped), 1 when any was refused or failed. */
export const exitCode = (outcomes: FileOutcome[]) => (outcomes.some((o) => o.status === "refused" || o.status === "failed") ? 1 : 0);
