import type { TableKind, ValueColumn } from "./schema";

/** A part of a carried-over draft the contact still has to confirm (or remove). */
export type ReviewMark =
  | { part: "section"; key: string }
  | { part: "project"; code: string | null; name: string }
  | { part: "overall" }
  | { part: "target"; projectCode: string | null; projectName: string };

/**
 * What the editor keeps beside a draft that came from another document: where it came from, the
 * columns copied read-only (上年数), and what still waits for the contact's confirmation.
 */
export interface CarryOver {
  from: { id: string; year: number; revision: number } | null;
  readOnly: { table: TableKind; column: ValueColumn }[];
  marks: ReviewMark[];
}
