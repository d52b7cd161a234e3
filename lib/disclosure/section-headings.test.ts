import { describe, expect, it } from "vitest";
import { SECTION_KEYS } from "./schema";
import { ALL_SECTION_HEADINGS, presentSections, sectionHeading, sectionHeadingsFor } from "./section-headings";

describe("the narrative's headings", () => {
  it("of a 部门预算 are the seven of its 情况说明", () => {
    expect(sectionHeadingsFor("budget").map((s) => s.heading)).toEqual([
      "（一）职能职责",
      "（二）单位构成",
      "二、部门收支总体情况",
      "三、部门预算情况说明",
      "四、“三公”经费情况说明",
      "五、其他重要事项的情况说明",
      "六、专业性名词解释",
    ]);
  });

  it("of a 部门决算 follow its template's three parts, 部门概况 to 名词解释", () => {
    const final = sectionHeadingsFor("final");
    expect(final.map((s) => [s.part ?? "", s.heading])).toEqual([
      ["第一部分 部门概况", "一、职能职责"],
      ["第一部分 部门概况", "二、机构设置"],
      ["第二部分 部门决算情况说明", "一、收入支出决算总体情况说明"],
      ["第二部分 部门决算情况说明", "二、财政拨款收入支出决算情况说明"],
      ["第二部分 部门决算情况说明", "三、“三公”经费财政拨款支出决算情况说明"],
      ["第二部分 部门决算情况说明", "四、机关运行经费支出情况"],
      ["第二部分 部门决算情况说明", "五、政府采购支出情况"],
      ["第二部分 部门决算情况说明", "六、国有资产占用情况"],
      ["第二部分 部门决算情况说明", "七、预算绩效管理情况"],
      ["第二部分 部门决算情况说明", "八、其他重要事项的情况说明"],
      ["", "第三部分 名词解释"],
    ]);
    // every section a 决算 can hold but the budget's 部门预算情况说明, each with a guide
    expect(final.map((s) => s.key).sort()).toEqual(SECTION_KEYS.filter((k) => k !== "budgetNotes").sort());
    expect(final.every((s) => s.guide.length > 10)).toBe(true);
  });

  it("show a 决算's text kept as a budget's 部门预算情况说明 before the 名词解释 rather than hide it", () => {
    const doc = { kind: "final" as const, sections: { overview: "本年收入合计 10.00 万元。", budgetNotes: "财政拨款支出 8.00 万元。", glossary: "基本支出：…" } };
    expect(presentSections(doc).map((s) => s.heading)).toEqual(["一、收入支出决算总体情况说明", "其他决算情况说明", "第三部分 名词解释"]);
    expect(sectionHeadingsFor("final").some((s) => s.key === "budgetNotes")).toBe(false);
  });

  it("name each heading once, so that a section is read back from its heading", () => {
    const keyOf = new Map<string, string>();
    for (const { heading, key } of ALL_SECTION_HEADINGS) {
      expect(keyOf.get(heading) ?? key, heading).toBe(key);
      keyOf.set(heading, key);
    }
  });

  it("name a section by the document's kind", () => {
    expect(sectionHeading("final", "threePublicNotes")).toBe("三、“三公”经费财政拨款支出决算情况说明");
    expect(sectionHeading("budget", "threePublicNotes")).toBe("四、“三公”经费情况说明");
    expect(sectionHeading("budget", "procurementNotes")).toBe("五、政府采购支出情况");
  });
});
