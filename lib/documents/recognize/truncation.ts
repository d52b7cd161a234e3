import { ImportError } from "@/lib/documents/errors";
import type { Issues } from "./issues";
import { readIndicatorHeader } from "./performance/indicators";
import type { Segment } from "./segment";

/**
 * A text copy that ends inside its last table. A last row narrower than the table's rows was cut
 * mid-line: refused, since what is missing cannot be told. A last table without rows or
 * indicators may be cut short or just printed empty: reported (I1), the rest imports. (A PDF or
 * office file cut short does not open at all.)
 */
export function checkNotTruncated(segments: Segment[], fileName: string, issues: Issues): void {
  const last = segments.at(-1);
  if (!last || last.notes.length > 0) return;
  const performance = last.kind === "project_performance" || last.kind === "overall_performance";
  if (performance ? !last.rows.some((r) => readIndicatorHeader(r)) : last.rows.length < 2) {
    issues.add({ table: last.title }, `最后一张表“${last.title}”没有内容，文件可能不完整（被截断）`);
    return;
  }
  // a 绩效自评表 is a form: its rows are as wide as their labels and values (自评等级 | 良好)
  if (last.kind === "self_evaluation") return;
  const widths = last.rows.map((r) => r.cells!.length);
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  const [usual = 0, seen = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (seen >= 3 && widths.at(-1)! < usual) {
    throw new ImportError({ fileName, table: last.title, line: last.rows.at(-1)?.no }, "最后一行不完整，文件可能被截断");
  }
}
