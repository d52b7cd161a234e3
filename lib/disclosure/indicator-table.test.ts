import { describe, expect, it } from "vitest";
import { indicatorTable } from "./indicator-table";
import type { Indicator } from "./schema";

const ind = (level1: string, level2: string, level3: string, more: Partial<Indicator> = {}): Indicator => ({ level1, level2, level3, unit: "%", operator: "≥", value: "98", weight: null, core: null, ...more });
const shown = (rows: ReturnType<typeof indicatorTable>["rows"]) => rows.map((r) => r.map((c) => (c.rowSpan > 1 ? `${c.text}×${c.rowSpan}` : c.text)).join("|"));

describe("indicatorTable", () => {
  it("spans a 一级指标 over its indicators and a 二级指标 over its own, as the form merges them", () => {
    const { rows } = indicatorTable([
      ind("产出指标", "数量指标", "办件量"),
      ind("", "数量指标", "窗口数"),
      ind("产出指标", "时效指标", "按时办结率"),
      ind("效益指标", "社会效益指标", "方便群众"),
      ind("满意度指标", "", "满意度"),
    ]);
    expect(shown(rows)).toEqual([
      "产出指标×3|数量指标×2|办件量|%|≥|98",
      "窗口数|%|≥|98",
      "时效指标|按时办结率|%|≥|98",
      "效益指标|社会效益指标|方便群众|%|≥|98",
      "满意度指标||满意度|%|≥|98",
    ]);
  });

  it("does not carry a 二级指标 into the next 一级指标", () => {
    const { rows } = indicatorTable([ind("产出指标", "质量指标", "a"), ind("效益指标", "质量指标", "b")]);
    expect(shown(rows)).toEqual(["产出指标|质量指标|a|%|≥|98", "效益指标|质量指标|b|%|≥|98"]);
  });

  it("leaves out 权重 and 是否核心指标 where no indicator fills them, and keeps them where one does", () => {
    expect(indicatorTable([ind("产出指标", "数量指标", "a")]).columns.map((c) => c.label)).toEqual(["一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "指标值"]);
    const weighed = indicatorTable([ind("产出指标", "数量指标", "a", { weight: "20", core: true }), ind("", "", "b", { unit: null })]);
    expect(weighed.columns.map((c) => c.label)).toEqual(["一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "指标值", "权重", "是否核心指标"]);
    expect(shown(weighed.rows)).toEqual(["产出指标×2|数量指标×2|a|%|≥|98|20|是", "b||≥|98||"]);
  });
});
