import type { Indicator } from "@/lib/disclosure/schema";
import { compact, type Line } from "../lines";

type IndicatorKey = "label" | "level1" | "level2" | "level3" | "unit" | "operator" | "value" | "weight" | "core";

const HEADERS: readonly (readonly [RegExp, IndicatorKey])[] = [
  [/^绩效指标$/, "label"],
  [/^一级指标$/, "level1"],
  [/^二级指标$/, "level2"],
  [/^(指标值|目标值|指标目标值)$/, "value"],
  [/权重/, "weight"],
  [/核心/, "core"],
  [/指标性质|^符号$|运算符/, "operator"],
  [/单位$/, "unit"],
  [/^(三级指标|指标名称|指标|绩效指标名称|指标内容)$/, "level3"],
];

const LEVEL1 = /^(产出指标|效益指标|满意度指标|成本指标)$/;

const OPERATORS: Record<string, string> = {
  "≧": "≥", ">=": "≥", "＞=": "≥", "大于等于": "≥", "不低于": "≥",
  "≦": "≤", "<=": "≤", "＜=": "≤", "小于等于": "≤", "不高于": "≤",
  "＞": ">", "大于": ">", "＜": "<", "小于": "<", "＝": "=", "==": "=", "等于": "=",
};

export type IndicatorHeader = Map<IndicatorKey, number>;

/** The indicator header row: it names the value and operator columns. The column order is read, never assumed. */
export function readIndicatorHeader(line: Line): IndicatorHeader | null {
  const cells = line.cells!.map(compact);
  if (!cells.some((c) => /^(指标值|目标值|指标目标值|指标性质)$/.test(c))) return null;
  const header: IndicatorHeader = new Map();
  cells.forEach((cell, index) => {
    const match = HEADERS.find(([pattern]) => pattern.test(cell));
    if (match && !header.has(match[1])) header.set(match[1], index);
  });
  return header.has("level3") || header.has("level2") ? header : null;
}

/** An indicator row under the header; null for rows that hold no indicator (rules, stray header words). */
export function readIndicator(line: Line, header: IndicatorHeader): Indicator | null {
  let cells = line.cells!.map((c) => c.trim());
  const labelIndex = header.get("label");
  const lastIndex = Math.max(...header.values());
  const leading = labelIndex === undefined ? "" : compact(cells[labelIndex] ?? "");
  // some exports drop the empty 绩效指标 cell, shifting the row one column left
  if (leading !== "" && leading !== "绩效指标" && header.has("level1") && (cells[lastIndex] ?? "") === "") {
    cells = ["", ...cells];
  }
  const at = (key: IndicatorKey) => {
    const index = header.get(key);
    return index === undefined ? "" : (cells[index] ?? "");
  };
  const indicator: Indicator = {
    level1: at("level1"),
    level2: at("level2"),
    level3: at("level3"),
    unit: at("unit") || null,
    operator: normalizeOperator(at("operator")),
    value: at("value") || null,
    weight: at("weight").replace(/[%％\s]/g, "") || null,
    core: /^是$/.test(at("core")) ? true : /^否$/.test(at("core")) ? false : null,
  };
  // without an 指标性质 column the operator is printed in front of the value (≥95)
  const inline = !header.has("operator") ? indicator.value?.match(/^(≥|≤|=|>|<|≧|≦|＞|＜|＝)\s*(.+)$/) : null;
  if (inline) {
    indicator.operator = normalizeOperator(inline[1]!);
    indicator.value = inline[2]!;
  }
  const label = labelIndex === undefined ? "" : compact(cells[labelIndex] ?? "");
  if (label !== "" && label !== "绩效指标") {
    // the 绩效指标 column printed with the indicator's category
    if (LEVEL1.test(label) && indicator.level1 === "") indicator.level1 = label;
    else if (indicator.level2 === "") indicator.level2 = label;
  }
  if (indicator.level3 === "" && indicator.value === null) return null;
  return indicator;
}

function normalizeOperator(text: string): string {
  const compacted = compact(text);
  return OPERATORS[compacted] ?? compacted;
}
