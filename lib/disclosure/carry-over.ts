import { z } from "zod";
import { type DisclosureDocument, type Project, type ProjectTarget, SECTION_KEYS, type SectionKey, type TableKind, type ValueColumn } from "./schema";

/** A part of a carried-over draft the contact still has to confirm (or remove). */
export const reviewMarkSchema = z.discriminatedUnion("part", [
  z.object({ part: z.literal("section"), key: z.enum(SECTION_KEYS) }),
  z.object({ part: z.literal("project"), code: z.string().max(60).nullable(), name: z.string().max(300) }),
  z.object({ part: z.literal("overall") }),
  z.object({ part: z.literal("target"), projectCode: z.string().max(60).nullable(), projectName: z.string().max(300) }),
]);
export type ReviewMark = z.infer<typeof reviewMarkSchema>;

/** Cells copied read-only: a column of a table, or (with `row`) only that row's cell, as the 三公 table's 上年 row. */
export interface ReadOnlyCells {
  table: TableKind;
  column: ValueColumn;
  /** the row's name (三公: "prior"); absent, the whole column */
  row?: string;
}

/**
 * What the editor keeps beside a draft that came from another document: where it came from, the
 * columns copied read-only (上年数), and what still waits for the contact's confirmation.
 */
export interface CarryOver {
  from: { id: string; year: number; revision: number } | null;
  readOnly: ReadOnlyCells[];
  marks: ReviewMark[];
}

/** Whether a cell of a table was copied from last year's document and is not to be edited. */
export function isReadOnlyCell(readOnly: readonly ReadOnlyCells[] | undefined, table: TableKind, column: ValueColumn, row: { name?: string }): boolean {
  return (readOnly ?? []).some((r) => r.table === table && r.column === column && (r.row === undefined || r.row === row.name));
}

export const sectionMark = (key: SectionKey): ReviewMark => ({ part: "section", key });
export const projectMark = (p: Pick<Project, "code" | "name">): ReviewMark => ({ part: "project", code: p.code ?? null, name: p.name });
export const OVERALL_MARK: ReviewMark = { part: "overall" };
export const targetMark = (t: Pick<ProjectTarget, "projectCode" | "projectName">): ReviewMark => ({ part: "target", projectCode: t.projectCode, projectName: t.projectName });

/** A project or target is the same by its code when it has one (its name may be corrected), else by its name. */
const sameProject = (a: { code: string | null; name: string }, b: { code: string | null; name: string }) =>
  a.code ? a.code === b.code : !b.code && a.name === b.name;

/** Whether two marks are about the same part. */
export function sameMark(a: ReviewMark, b: ReviewMark): boolean {
  if (a.part === "section" && b.part === "section") return a.key === b.key;
  if (a.part === "project" && b.part === "project") return sameProject(a, b);
  if (a.part === "target" && b.part === "target") return sameProject({ code: a.projectCode, name: a.projectName }, { code: b.projectCode, name: b.projectName });
  return a.part === "overall" && b.part === "overall";
}

export const hasMark = (marks: readonly ReviewMark[], mark: ReviewMark) => marks.some((m) => sameMark(m, mark));
export const withoutMark = (marks: readonly ReviewMark[], mark: ReviewMark) => marks.filter((m) => !sameMark(m, mark));

/** Every part of a carried-over document the contact has to look at: each section, project and target. */
export function marksOf(doc: DisclosureDocument): ReviewMark[] {
  return [
    ...(Object.keys(doc.sections) as SectionKey[]).filter((k) => doc.sections[k]).map(sectionMark),
    ...doc.projects.map(projectMark),
    ...(doc.performance.overall ? [OVERALL_MARK] : []),
    ...doc.performance.projects.map(targetMark),
  ];
}

/** The marks whose part is still in the document: a removed project or an emptied section waits for nothing. */
export function openMarks(doc: DisclosureDocument, marks: readonly ReviewMark[]): ReviewMark[] {
  const present = marksOf(doc);
  return marks.filter((m) => hasMark(present, m));
}
