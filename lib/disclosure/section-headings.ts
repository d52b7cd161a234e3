import type { DisclosureKind, SectionKey } from "./schema";

/**
 * A part of the narrative under the heading the official 情况说明 prints, with a short guide for the
 * contact to what it must say (shown in the editor only: never stored or published).
 */
export interface SectionHeading {
  key: SectionKey;
  heading: string;
  level: 2 | 3;
  guide: string;
  /** The part it is printed under (一、单位基本情况, 第二部分 部门决算情况说明), where it has one. */
  part?: string;
}

const BUDGET_BASIC = "一、单位基本情况";

const BUDGET: SectionHeading[] = [
  { key: "functions", heading: "（一）职能职责", level: 3, part: BUDGET_BASIC, guide: "按“三定”规定逐条列出部门（单位）的主要职能。" },
  { key: "structure", heading: "（二）单位构成", level: 3, part: BUDGET_BASIC, guide: "列出内设机构和所属单位；纳入本预算的单位须逐一写明。" },
  { key: "overview", heading: "二、部门收支总体情况", level: 2, guide: "分收入预算、支出预算两段，写明年初预算数及各资金来源、各功能类别的金额，与上年相比的增减额和主要原因。" },
  { key: "budgetNotes", heading: "三、部门预算情况说明", level: 2, guide: "写明一般公共预算财政拨款收支总额，基本支出、项目支出的金额、增减和原因；政府性基金预算支出，没有的写明“无”。" },
  { key: "threePublicNotes", heading: "四、“三公”经费情况说明", level: 2, guide: "写明“三公”经费预算总额及因公出国（境）费、公务用车购置及运行费、公务接待费各项的金额、与上年相比的增减和原因。" },
  { key: "otherNotes", heading: "五、其他重要事项的情况说明", level: 2, guide: "写明机关运行经费、政府采购、国有资产占有使用、绩效目标设置等情况及其金额。" },
  { key: "glossary", heading: "六、专业性名词解释", level: 2, guide: "解释财政拨款收入、其他收入、基本支出、项目支出、“三公”经费等文中用到的名词。" },
];

const FINAL_BASIC = "第一部分 部门概况";
const FINAL_NOTES = "第二部分 部门决算情况说明";

/** The 部门决算 公开 template's parts; 一、 to 九、 of its 第二部分 are gathered in four sections. */
const FINAL: SectionHeading[] = [
  { key: "functions", heading: "一、职能职责", level: 3, part: FINAL_BASIC, guide: "按“三定”规定逐条列出部门（单位）的主要职能。" },
  { key: "structure", heading: "二、机构设置", level: 3, part: FINAL_BASIC, guide: "列出内设机构和所属单位；纳入本决算的单位须逐一写明。" },
  {
    key: "overview",
    heading: "一、收入支出决算总体情况说明",
    level: 3,
    part: FINAL_NOTES,
    guide: "写明收入支出总计、本年收入合计和本年支出合计及与上年相比的增减和原因；收入决算按来源、支出决算按基本支出和项目支出写明金额和占比。",
  },
  {
    key: "fiscalNotes",
    heading: "二、财政拨款收入支出决算情况说明",
    level: 3,
    part: FINAL_NOTES,
    guide: "写明财政拨款收入支出总计；一般公共预算财政拨款支出的总体情况、结构（各类的金额和占比）和具体情况（各项的年初预算、支出决算、完成年初预算的比例和差异原因）；基本支出的人员经费和公用经费；政府性基金、国有资本经营预算财政拨款，没有的写明“无”。",
  },
  {
    key: "threePublicNotes",
    heading: "三、“三公”经费财政拨款支出决算情况说明",
    level: 3,
    part: FINAL_NOTES,
    guide: "写明“三公”经费的年初预算、支出决算和完成预算的比例，因公出国（境）费、公务用车购置及运行维护费、公务接待费各项的决算数，与上年相比的增减和原因。",
  },
  { key: "operatingNotes", heading: "四、机关运行经费支出情况", level: 3, part: FINAL_NOTES, guide: "写明机关运行经费支出决算数、与上年相比的增减和原因；没有的写明“无”。" },
  { key: "procurementNotes", heading: "五、政府采购支出情况", level: 3, part: FINAL_NOTES, guide: "写明政府采购支出总额及货物、工程、服务各类的金额，授予中小企业合同的金额和占比。" },
  { key: "assetsNotes", heading: "六、国有资产占用情况", level: 3, part: FINAL_NOTES, guide: "写明年末的车辆数（按用途）和单价 100 万元（含）以上的设备数。" },
  { key: "performanceNotes", heading: "七、预算绩效管理情况", level: 3, part: FINAL_NOTES, guide: "写明绩效目标管理、绩效自评和重点绩效评价的项目数、涉及金额和结果（得分、等级、发现的问题和整改）。" },
  { key: "otherNotes", heading: "八、其他重要事项的情况说明", level: 3, part: FINAL_NOTES, guide: "写明上面各部分之外需要说明的重要事项。" },
  { key: "glossary", heading: "第三部分 名词解释", level: 2, guide: "解释财政拨款收入、年初结转和结余、基本支出、项目支出、“三公”经费、机关运行经费等文中用到的名词。" },
];

/** A 决算's budgetNotes, from before a 决算 had sections of its own: listed only where it holds text. */
const FINAL_UNSORTED: SectionHeading = {
  key: "budgetNotes",
  heading: "其他决算情况说明",
  level: 3,
  part: FINAL_NOTES,
  guide: "早先导入时未分部分的说明；请把各段移到上面相应的部分后清空。",
};

/**
 * The narrative's sections in the order and under the headings of the official 情况说明 of a
 * 部门预算 or a 部门决算. Given the sections, a 决算 that still holds a budget's 部门预算情况说明
 * (budgetNotes) lists it before the 名词解释, so that nothing it holds is hidden.
 */
export function sectionHeadingsFor(kind: DisclosureKind, sections?: Partial<Record<SectionKey, string>>): SectionHeading[] {
  if (kind !== "final") return BUDGET;
  return sections?.budgetNotes ? [...FINAL.slice(0, -1), FINAL_UNSORTED, ...FINAL.slice(-1)] : FINAL;
}

/** The sections this document holds, in order. */
export function presentSections(doc: { kind: DisclosureKind; sections: Partial<Record<SectionKey, string>> }): SectionHeading[] {
  return sectionHeadingsFor(doc.kind, doc.sections).filter((s) => doc.sections[s.key]);
}

/** Every heading either kind prints, to read a section back from its heading (an export's 说明 sheet). */
export const ALL_SECTION_HEADINGS: SectionHeading[] = [...BUDGET, ...FINAL, FINAL_UNSORTED];

/** The heading of a section in a document of this kind (a key of the other kind: under its own heading). */
export function sectionHeading(kind: DisclosureKind, key: SectionKey): string {
  const own = sectionHeadingsFor(kind, { budgetNotes: key }).find((s) => s.key === key);
  return (own ?? ALL_SECTION_HEADINGS.find((s) => s.key === key)!).heading;
}
