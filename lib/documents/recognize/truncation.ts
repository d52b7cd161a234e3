import { ImportError } from "@/lib/documents/errors";
import { readIndicatorHeader } from "./performance/indicators";
import type { Segment } from "./segment";

/**
 * A text copy that ends inside its last table (no rows, no indicators, or a cut-off row) was cut
 * short: refused, since what is missing cannot be told. (A PDF or office file cut short does not
 * open at all.)
 */
export function checkNotTruncated(segments: Segment[], fileName: string): void {
  const last = segments.at(-1);
  if (!last || last.notes.length > 0) return;
  const fail = (problem: string) =>
    new ImportError({ fileName, table: last.title, line: last.rows.at(-1)?.no ?? last.titleLine }, problem);
  const performance = last.kind === "project_performance" || last.kind === "overall_performance";
  if (performance ? !last.rows.some((r) => readIndicatorHeader(r)) : last.rows.length < 2) {
    throw fail("表格没有内容，文件可能被截断");
  }
  const widths = last.rows.map((r) => r.cells!.length);
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  const [usual = 0, seen = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (seen >= 3 && widths.at(-1)! < usual) throw fail("最后一行不完整，文件可能被截断");
}
