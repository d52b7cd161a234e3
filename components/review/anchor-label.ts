import type { Anchor } from "@/components/editor/anchors";
import { columnName, rowDisplayName, SECTION_LABELS, tableLabel } from "@/components/editor/labels";
import type { HeadingContext } from "@/lib/disclosure/column-headings";
import { TABLE_KINDS, type TableKind } from "@/lib/disclosure/schema";

const SPECIAL_TABLES: Record<string, string> = { performance: "绩效目标", projects: "项目清单" };

/** Where a comment points, in words: “一般公共预算财政拨款支出表 · 2010301 · 总计”; the columns as the document of that year and kind heads them. */
export function anchorLabel({ section, table, row, column }: Anchor, context: HeadingContext): string {
  if (section) return SECTION_LABELS[section];
  if (!table) return "整份文件";
  const kind = TABLE_KINDS.includes(table as TableKind) ? (table as TableKind) : undefined;
  const tableName = kind ? tableLabel(kind) : (SPECIAL_TABLES[table] ?? table);
  const rowName = row === "total" ? "合计" : row && kind ? rowDisplayName(kind, { name: row, values: {} }) : row;
  return [tableName, rowName, kind && column ? columnName(context, kind, column) : column].filter(Boolean).join(" · ");
}
