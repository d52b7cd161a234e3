import { TABLE_LABELS } from "@/lib/disclosure/labels";
import type { TableKind } from "@/lib/disclosure/schema";

/** Where a feedback points within its disclosure: “三公”经费支出表 · 行：合计. */
export function placeLabel({ tableKind, rowRef }: { tableKind: string | null; rowRef: string | null }): string | null {
  if (!tableKind) return null;
  const table = TABLE_LABELS[tableKind as TableKind] ?? tableKind;
  return rowRef ? `${table} · 行：${rowRef}` : table;
}

const dateFormat = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" });

/** A day in Beijing time: 2026年3月1日. */
export const formatDay = (d: Date | string | null | undefined) => (d ? dateFormat.format(new Date(d)) : "");
