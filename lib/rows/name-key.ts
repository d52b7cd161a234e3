import { rowName } from "@/lib/disclosure/labels";
import type { AnyTable } from "@/lib/disclosure/schema";
import { normalizeSearchText } from "@/lib/search/normalize";

/**
 * Tables whose rows the row search does not list: tables kept as printed have cells, not 科目;
 * the rows of the “三公” tables are years (本年/上年, 预算数/决算数), and 公务接待费 there is a column.
 */
export const ROW_SEARCH_SKIPPED_KINDS = ["other", "three_public", "final_three_public"] as const satisfies readonly AnyTable["kind"][];

export const isRowSearchKind = (kind: string) => !(ROW_SEARCH_SKIPPED_KINDS as readonly string[]).includes(kind);

/** The key of a 合计 row that prints no name of its own. */
export const TOTAL_ROW_KEY = normalizeSearchText(rowName({ code: "total" }));

/** Each distinct row name with the key the row search finds it by; names that normalise to nothing are left out. */
export function rowNameKeys(names: Iterable<string | null | undefined>): { name: string; key: string }[] {
  const keys = new Map<string, string>();
  for (const name of names) {
    if (!name || keys.has(name)) continue;
    const key = normalizeSearchText(name);
    if (key) keys.set(name, key);
  }
  return [...keys].map(([name, key]) => ({ name, key }));
}
