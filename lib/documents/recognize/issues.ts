import type { Finding } from "@/lib/disclosure/schema";

/** Where the importer saw something it could not read: table (kind or printed title), row, column, page. */
export interface IssuePlace {
  table?: string;
  row?: string;
  column?: string;
  page?: number;
}

/**
 * What the importer saw but could not read (rule I1): each becomes a finding naming the page,
 * table, row and column, with the text as printed, so the contact can mend the draft.
 */
export class Issues {
  readonly findings: Finding[] = [];

  /** `paged`: the document has pages (PDF) or sheets (workbook) worth naming; a text file has neither. */
  constructor(
    readonly fileName: string,
    private readonly paged = true,
  ) {}

  add(given: IssuePlace, message: string, severity: "warning" | "info" = "warning"): void {
    const place = this.paged ? given : { ...given, page: undefined };
    const f: Finding = { rule: "I1", severity, message: place.page ? `第 ${place.page} 页：${message}` : message };
    if (place.table !== undefined) f.table = place.table;
    if (place.row !== undefined) f.row = place.row;
    if (place.column !== undefined) f.column = place.column;
    if (place.page !== undefined) f.page = place.page;
    this.findings.push(f);
  }
}
