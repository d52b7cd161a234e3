import Decimal from "decimal.js";
import type { DisclosureDocument, Indicator } from "./schema";

/** The standard 一级指标 and their 二级指标 of Chongqing's performance target forms, spelt as the forms print them. */
export const INDICATOR_LEVELS = {
  产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
  效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
  满意度指标: ["服务对象满意度指标"],
  成本指标: ["经济成本指标", "社会成本指标", "生态环境成本指标"],
} as const satisfies Record<string, readonly string[]>;

export type Level1 = keyof typeof INDICATOR_LEVELS;
export const LEVEL1_NAMES = Object.keys(INDICATOR_LEVELS) as Level1[];

/** Documents print a level with or without its trailing 指标 (“可持续影响”, “数量”). */
const bare = (text: string) => text.replace(/\s+/g, "").replace(/指标$/, "");

/** The standard 一级指标 a printed one names, or null. */
export function standardLevel1(text: string): Level1 | null {
  return LEVEL1_NAMES.find((l) => bare(l) === bare(text)) ?? null;
}

/** Shorter names the documents print for a 二级指标 (北碚: 满意度指标 for 服务对象满意度指标). */
const LEVEL2_ALIASES: Record<string, string> = { 满意度: "服务对象满意度" };

/** The standard 二级指标 of a 一级指标 that a printed one names, or null. */
export function standardLevel2(level1: string, text: string): string | null {
  const parent = standardLevel1(level1);
  const printed = LEVEL2_ALIASES[bare(text)] ?? bare(text);
  return (parent && INDICATOR_LEVELS[parent].find((l) => bare(l) === printed)) ?? null;
}

/** 权重: a number from 0 to 100 with at most two decimals; a printed “10%” is 10. */
const WEIGHT = /^\d{1,3}(?:\.\d{1,2})?$/;
export const WEIGHT_RULE = "权重须为 0 至 100 之间的数字，至多两位小数";

/** A weight as a number; null when blank, "invalid" when it is not a weight. */
export function readWeight(text: string | null): Decimal | null | "invalid" {
  const t = (text ?? "").trim().replace(/[%％]$/, "").trim();
  if (t === "") return null;
  if (!WEIGHT.test(t)) return "invalid";
  const weight = new Decimal(t);
  return weight.gt(100) ? "invalid" : weight;
}

/** The targets of a document, each with its name as a person says it. */
function targetsOf(doc: DisclosureDocument): { path: string; owner: string; indicators: Indicator[] }[] {
  return [
    ...(doc.performance.overall ? [{ path: "performance.overall", owner: "部门整体绩效目标", indicators: doc.performance.overall.indicators }] : []),
    ...doc.performance.projects.map((t, i) => ({ path: `performance.projects.${i}`, owner: `项目“${t.projectName || i + 1}”的绩效目标`, indicators: t.indicators })),
  ];
}

/** Every weight that is not one, saying which target, which indicator row and which field. */
export function weightProblems(doc: DisclosureDocument): { field: string; message: string }[] {
  return targetsOf(doc).flatMap(({ path, owner, indicators }) =>
    indicators.flatMap((indicator, i) =>
      readWeight(indicator.weight) === "invalid"
        ? [{ field: `${path}.indicators.${i}.weight`, message: `${owner}第 ${i + 1} 个指标的“权重”为“${indicator.weight}”：${WEIGHT_RULE}` }]
        : [],
    ),
  );
}
