import type { DisclosureDocument, Finding, Indicator, Project, ProjectTarget } from "@/lib/disclosure/schema";
import { INDICATOR_OPERATORS } from "@/lib/disclosure/schema";
import { INDICATOR_LEVELS, LEVEL1_NAMES, readWeight, standardLevel1, standardLevel2, WEIGHT_RULE } from "@/lib/disclosure/indicator-sets";
import { finding } from "./finding";
import { Dec, ZERO, formatAmount, toDec } from "./money";
import { normalizeNarrative } from "./narrative-text";

const TABLE = "performance";
const OPERATORS = new Set<string>(INDICATOR_OPERATORS);
/** What the allowed operators are often typed as. */
const OPERATOR_VARIANTS: Record<string, string> = { "≧": "≥", ">=": "≥", "＞": ">", "≦": "≤", "<=": "≤", "＜": "<", "＝": "=", 大于等于: "≥", 小于等于: "≤" };
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
/**
 * Chongqing's project target form reserves a weight of 10 for 预算执行率 outside the indicator
 * list (printed as “预算执行率权重 10” or not at all), so a project's indicators sum to 90.
 */
const PROJECT_WEIGHT_SUMS = [100, 90];

/** P1: indicator levels, weights, operators and values; every project has a target of the same amount. */
export function checkPerformance(doc: DisclosureDocument): Finding[] {
  const out: Finding[] = [];
  const overall = doc.performance.overall;
  if (overall) out.push(...checkIndicators("overall", "部门整体绩效目标", overall.indicators, [100]));
  for (const target of doc.performance.projects) {
    out.push(...checkIndicators(targetKey(target), `项目“${target.projectName}”的绩效目标`, target.indicators, PROJECT_WEIGHT_SUMS));
  }
  out.push(...checkProjectsHaveTargets(doc));
  return out;
}

function targetKey(target: ProjectTarget): string {
  return target.projectCode || target.projectName;
}

function checkIndicators(row: string, owner: string, indicators: Indicator[], sums: number[]): Finding[] {
  if (indicators.length === 0) {
    return [finding("P1", "warning", { table: TABLE, row }, `${owner}没有列出绩效指标`)];
  }
  const out: Finding[] = [];
  const name = (i: Indicator) => i.level3 || i.level2 || i.level1;
  const weights = indicators.map((i) => readWeight(normalizeNarrative(i.weight ?? "")));
  indicators.forEach((indicator, i) => {
    if (weights[i] === "invalid") {
      out.push(finding("P1", "error", { table: TABLE, row, column: "weight" }, `${owner}指标“${name(indicator)}”的权重“${indicator.weight}”有误：${WEIGHT_RULE}`));
    }
  });
  const given = weights.filter((w): w is Dec => w !== null && w !== "invalid");
  const blanks = weights.filter((w) => w === null).length;
  if (blanks === indicators.length) {
    out.push(finding("P1", "info", { table: TABLE, row, column: "weight" }, `${owner}的指标均未填写权重，无法核对权重之和是否为 100`));
  } else if (given.length + blanks === indicators.length) {
    const sum = given.reduce((a, w) => a.plus(w), ZERO);
    if (!sums.some((s) => sum.eq(s)) || blanks > 0) {
      const missing = blanks > 0 ? `，另有 ${blanks} 个指标未填写权重` : "";
      out.push(finding("P1", "warning", { table: TABLE, row, column: "weight" }, `${owner}各指标权重之和为 ${sum.toString()}，应为 100${sums.includes(90) ? "（项目另留预算执行率权重 10 时为 90）" : ""}${missing}`));
    }
  }
  for (const indicator of indicators) {
    out.push(...checkLevels(row, `${owner}指标“${name(indicator)}”`, indicator));
    const operator = indicator.operator.trim();
    if (!OPERATORS.has(operator)) {
      const hint = OPERATOR_VARIANTS[operator] ? `（应为“${OPERATOR_VARIANTS[operator]}”）` : "";
      out.push(finding("P1", "error", { table: TABLE, row, column: "operator" },
        `${owner}指标“${name(indicator)}”的指标性质“${operator}”不在允许的 ${INDICATOR_OPERATORS.join(" ")} 之内${hint}`));
      continue;
    }
    if (operator !== "定性" && !isQuantity(indicator)) {
      out.push(finding("P1", "warning", { table: TABLE, row, column: "value" },
        `${owner}指标“${name(indicator)}”为定量指标（${operator}），指标值“${indicator.value ?? ""}”不是数字`));
    }
  }
  return out;
}

/**
 * 一级/二级指标 from the standard sets. A document printing another classification is still
 * readable and publishable, so this is a warning; a blank level is a merged cell of the printed
 * form (the level written once for its rows) and says nothing.
 */
function checkLevels(row: string, subject: string, indicator: Indicator): Finding[] {
  if (!indicator.level1.trim()) return [];
  const level1 = standardLevel1(indicator.level1);
  if (!level1) {
    return [finding("P1", "warning", { table: TABLE, row, column: "level1" }, `${subject}的一级指标“${indicator.level1}”不在标准指标（${LEVEL1_NAMES.join("、")}）之内`)];
  }
  if (!indicator.level2.trim() || standardLevel2(level1, indicator.level2)) return [];
  return [finding("P1", "warning", { table: TABLE, row, column: "level2" },
    `${subject}的二级指标“${indicator.level2}”不属于一级指标“${level1}”（应为 ${INDICATOR_LEVELS[level1].join("、")} 之一）`)];
}

/** A number, possibly followed by the indicator's own unit (“28 个” with unit 个). */
function isQuantity(indicator: Indicator): boolean {
  const value = normalizeNarrative(indicator.value ?? "");
  const unit = normalizeNarrative(indicator.unit ?? "");
  const bare = unit !== "" && value.endsWith(unit) ? value.slice(0, -unit.length) : value;
  return NUMBER.test(bare);
}

function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  return normalizeNarrative(a ?? "") === normalizeNarrative(b ?? "") && (a ?? "") !== "";
}

function checkProjectsHaveTargets(doc: DisclosureDocument): Finding[] {
  const out: Finding[] = [];
  const targets = doc.performance.projects;
  // a project without an amount (named only in the procurement table) is not a budget line to target
  for (const project of doc.projects.filter((p) => p.amount !== null)) {
    const row = project.code || project.name;
    const byCode = project.code ? targets.find((t) => t.projectCode === project.code) : undefined;
    const target = byCode ?? targets.find((t) => sameName(t.projectName, project.name));
    if (!target) {
      out.push(finding("P1", "error", { table: TABLE, row, column: "target" }, `项目“${project.name}”没有绩效目标`));
      continue;
    }
    if (!byCode && project.code && target.projectCode) {
      out.push(finding("P1", "warning", { table: TABLE, row, column: "projectCode" },
        `项目“${project.name}”在项目清单中的编码为 ${project.code}，绩效目标表中为 ${target.projectCode}`));
    }
    out.push(...amountAgrees(doc, project, target, row));
  }
  return out;
}

function amountAgrees(doc: DisclosureDocument, project: Project, target: ProjectTarget, row: string): Finding[] {
  const listed = toDec(project.amount);
  const targeted = toDec(target.amount);
  if (listed === null || targeted === null || listed.eq(targeted)) return [];
  return [finding("P1", "error", { table: TABLE, row, column: "amount" },
    `项目“${project.name}”在项目清单中为 ${formatAmount(listed, doc.sourceUnit)}，绩效目标表中为 ${formatAmount(targeted, doc.sourceUnit)}`)];
}
