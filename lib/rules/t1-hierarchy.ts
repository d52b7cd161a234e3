import { type DisclosureDocument, type DisclosureTable, type Finding, standardTables, type TableRow } from "@/lib/disclosure/schema";
import { finding, gapMessage } from "./finding";
import { columnName, tableLabel } from "./labels";
import { cell, classCode, columnsOf, rowKey, rowLabel } from "./tables";
import { sumGap } from "./tolerance";

/** T1: each 类 = Σ its 款 (or its 项 when no 款 is listed), each 款 = Σ its 项, per column. */
export function checkHierarchy(doc: DisclosureDocument): Finding[] {
  return standardTables(doc).flatMap((table) => checkTable(doc, table));
}

function checkTable(doc: DisclosureDocument, table: DisclosureTable): Finding[] {
  const byLength = new Map<number, TableRow[]>([[3, []], [5, []], [7, []]]);
  for (const row of table.rows) {
    const code = classCode(row);
    if (code !== undefined) byLength.get(code.length)?.push(row);
  }
  const childrenOf = (code: string, length: number) =>
    (byLength.get(length) ?? []).filter((r) => r.code?.startsWith(code));

  const out: Finding[] = [];
  for (const parent of [...(byLength.get(3) ?? []), ...(byLength.get(5) ?? [])]) {
    const code = parent.code ?? "";
    let children = childrenOf(code, code.length + 2);
    if (children.length === 0 && code.length === 3) children = childrenOf(code, 7);
    if (children.length === 0) continue;
    const level = children[0]?.code?.length === 5 ? "款" : "项";
    for (const column of columnsOf(table)) {
      const gap = sumGap(cell(parent, column), children.map((c) => cell(c, column)), doc.sourceUnit);
      if (gap === null) continue;
      const subject = `${tableLabel(table.kind)}${rowLabel(parent)}“${columnName(doc, table.kind, column)}”列`;
      out.push(
        finding("T1", gap.severity, { table: table.kind, row: rowKey(parent), column }, gapMessage(subject, gap, `其下各${level}之和`, doc.sourceUnit)),
      );
    }
  }
  return out;
}
