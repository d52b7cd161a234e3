import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDisclosureText } from "./index";
import { readFinalSections } from "./recognize/final-sections";

/** The unseen 决算 (its narrative printed 第一部分 … 第三部分, 一、 … 十、 with (一)(二) under 十、). */
const DAZU = readFileSync(join(__dirname, "fixtures/unseen/dazu-tyjrswj-2024-final.txt"), "utf8");
const sectionsOf = (text: string) => parseDisclosureText(text, { fileName: "x.txt" }).sections;

/** Replaces each printed heading (a whole line) by another. */
function retitled(headings: Record<string, string>): string {
  let text = DAZU;
  for (const [from, to] of Object.entries(headings)) {
    expect(text, from).toContain(`\n${from}\n`);
    text = text.replace(`\n${from}\n`, `\n${to}\n`);
  }
  return text;
}

const original = sectionsOf(DAZU);

describe("a 部门决算's narrative, however its headings are numbered and worded", () => {
  it("reads the same sections when the chapters are （一） … （十） and the parts of 其他重要事项 1. 2.", () => {
    const text = retitled({
      "一、收入支出决算总体情况说明": "（一）收入支出决算总体情况",
      "二、收入决算情况说明": "（二）收入决算情况",
      "三、支出决算情况说明": "（三）支出决算情况",
      "四、财政拨款收入支出决算总体情况说明": "（四）财政拨款收入支出决算总体情况",
      "五、一般公共预算财政拨款支出决算情况说明": "（五）一般公共预算财政拨款支出决算情况",
      "六、一般公共预算财政拨款基本支出决算情况说明": "（六）一般公共预算财政拨款基本支出决算情况",
      '七、"三公"经费财政拨款支出决算情况说明': "（七）“三公”经费财政拨款支出决算情况",
      "八、政府性基金预算财政拨款收入支出决算情况说明": "（八）政府性基金预算财政拨款收入支出决算情况",
      "九、国有资本经营预算财政拨款支出决算情况说明": "（九）国有资本经营预算财政拨款支出决算情况",
      "十、其他重要事项的情况说明": "（十）其他重要事项",
      "（一）机关运行经费支出情况": "1.机关运行经费",
      "（二）国有资产占用情况": "2.国有资产占用情况",
    });
    const sections = sectionsOf(text);
    expect(Object.keys(sections)).toEqual(Object.keys(original));
    expect(sections.threePublicNotes).toBe(original.threePublicNotes);
    expect(sections.operatingNotes).toBe(original.operatingNotes);
    expect(sections.assetsNotes).toBe(original.assetsNotes);
    // the later chapters of a section keep their heading as printed
    expect(sections.overview).toContain("\n（二）收入决算情况\n本年收入836.54万元");
    expect(sections.fiscalNotes).toMatch(/^2024年度财政拨款收入总计860\.04万元[\s\S]*\n（九）国有资本经营预算财政拨款支出决算情况\n本单位2024年度无国有资本经营预算财政拨款支出。$/);
  });

  it("reads headings marked up without numbers, and a part of 其他重要事项 it has no section for as 其他", () => {
    const text = retitled({
      "第二部分 部门决算情况说明": "## 第二部分 2024年度部门决算情况说明",
      "一、收入支出决算总体情况说明": "### 收入支出决算总体情况",
      "四、财政拨款收入支出决算总体情况说明": "### 财政拨款收入支出决算总体情况",
      '七、"三公"经费财政拨款支出决算情况说明': "### “三公”经费支出情况",
      "十、其他重要事项的情况说明": "### 其他需要说明的事项",
      "（二）国有资产占用情况": "（二）预算绩效管理情况\n本单位对3个项目开展了绩效自评，平均得分92分。\n（三）国有资产占用情况",
      "第三部分 名词解释": "## 第三部分 专业名词解释",
    }).replace("截至2024年12月31日，共有车辆2辆，均为一般公务用车。", "截至2024年12月31日，共有车辆2辆，均为一般公务用车。\n（四）重大事项\n本年无重大政策调整。");
    const sections = sectionsOf(text);
    expect(sections.overview).toMatch(/^2024年度收入总计860\.04万元/);
    expect(sections.fiscalNotes).toMatch(/^2024年度财政拨款收入总计860\.04万元/);
    expect(sections.threePublicNotes).toBe(original.threePublicNotes);
    expect(sections.performanceNotes).toBe("本单位对3个项目开展了绩效自评，平均得分92分。");
    expect(sections.assetsNotes).toBe(original.assetsNotes);
    expect(sections.otherNotes).toBe("（四）重大事项\n本年无重大政策调整。");
    expect(sections.glossary).toBe(original.glossary);
    expect(sections).not.toHaveProperty("budgetNotes");
  });

  it("keeps a budget's narrative in the budget's sections", () => {
    const budget = readFileSync(join(__dirname, "fixtures/unseen/yubei-jw-2025.txt"), "utf8");
    expect(Object.keys(sectionsOf(budget))).not.toContain("fiscalNotes");
  });
});

describe("a chapter heading printed right above its sub-heading, and a table of contents", () => {
  /** Two chapters of 财政拨款 after 一、's heading, the second opening at once on its （一）: all of it fiscalNotes, headings included. */
  const fiscalLines = [
    "2024年度财政拨款收入支出总计120.00万元。",
    "二、一般公共预算财政拨款支出决算情况说明",
    "（一）一般公共预算财政拨款支出决算总体情况",
    "2024年度一般公共预算财政拨款支出100.00万元。",
    "（二）一般公共预算财政拨款支出决算结构情况",
    "主要用于社会保障和就业支出100.00万元。",
  ];
  const fiscalNotes = fiscalLines.join("\n");
  const glossary = "一、财政拨款收入：指本年度从本级财政部门取得的财政拨款。";
  /** A 决算's narrative behind a table of contents. */
  const finalWith = (contents: string[]) =>
    readFinalSections(
      ["目录", ...contents, "第二部分 2024年度部门决算情况说明", "一、财政拨款收入支出决算总体情况说明", ...fiscalLines, "第三部分 名词解释", glossary].map((text, i) => ({
        no: i + 1,
        page: 1,
        text,
        cells: null,
        heading: false,
      })),
      [],
    );

  it("keeps the chapter's heading and its sub-heading, and no entry of a table of contents with dot leaders or page numbers", () => {
    const sections = finalWith([
      "第二部分 2024年度部门决算情况说明……3",
      "一、财政拨款收入支出决算总体情况说明……3",
      "二、一般公共预算财政拨款支出决算情况说明…………………………3",
      "（一）一般公共预算财政拨款支出决算总体情况 3",
      "（二）一般公共预算财政拨款支出决算结构情况 4",
      "第三部分 名词解释……5",
    ]);
    expect(sections).toEqual({ fiscalNotes, glossary });
  });

  it("keeps no entry of a table of contents printing its headings without page numbers", () => {
    const sections = finalWith([
      "第二部分 2024年度部门决算情况说明",
      "一、财政拨款收入支出决算总体情况说明",
      "二、一般公共预算财政拨款支出决算情况说明",
      "（一）一般公共预算财政拨款支出决算总体情况",
      "（二）一般公共预算财政拨款支出决算结构情况",
      "第三部分 名词解释",
    ]);
    expect(sections).toEqual({ fiscalNotes, glossary });
  });
});
