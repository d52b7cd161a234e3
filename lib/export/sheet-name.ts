import { INDICATORS_SHEET, META_SHEET, PROJECTS_SHEET, SELF_EVALUATIONS_SHEET, TARGETS_SHEET } from "./xlsx-layout";

const RESERVED = [META_SHEET, PROJECTS_SHEET, TARGETS_SHEET, INDICATORS_SHEET, SELF_EVALUATIONS_SHEET];
const MAX_LENGTH = 31;

/**
 * A worksheet name for `wanted` that Excel accepts: at most 31 characters, none of : \ / ? * [ ],
 * and distinct (ignoring case) from the sheets already named in `taken` and from the fixed sheets.
 */
export function sheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set([...RESERVED, ...taken].map((n) => n.toLowerCase()));
  const base = wanted.replace(/[:\\/?*[\]]/g, "_").replace(/^'+|'+$/g, "").trim() || "表格";
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `（${n}）`;
    const name = base.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
