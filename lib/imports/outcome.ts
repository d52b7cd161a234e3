import type { DisclosureDocument, Finding } from "@/lib/disclosure/schema";

/** What became of one file of an import (command line or batch). */
export type FileOutcome =
  | { status: "imported"; disclosureId: string; revision: number; departmentKey: string; departmentCreated: boolean; doc: DisclosureDocument; i1: number; findings: number }
  /** --dry-run: read and checked, nothing written */
  | { status: "parsed"; doc: DisclosureDocument; i1: number; findings: number }
  | { status: "skipped"; disclosureId: string; message: string }
  /** not a disclosure, or not accepted (department, an open draft…): the message says why */
  | { status: "refused"; message: string; i1?: number; findings?: number }
  /** the parser gave up (time, memory) or something unexpected happened */
  | { status: "failed"; message: string };

export type FileStatus = FileOutcome["status"];

export const isI1 = (f: Finding) => f.rule === "I1";

/** A document's findings counted apart: the importer's I1 and the consistency rules'. */
export function countFindings(doc: Pick<DisclosureDocument, "findings">): { i1: number; findings: number } {
  const all = doc.findings ?? [];
  const i1 = all.filter(isI1).length;
  return { i1, findings: all.length - i1 };
}

export const SKIPPED_MESSAGE = "已导入过（sha256 相同），跳过";
