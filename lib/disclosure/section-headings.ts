import type { SectionKey } from "./schema";

/** The heading the documents print above 职能职责 and 单位构成. */
export const BASIC_INFO_HEADING = "一、单位基本情况";

/**
 * The narrative in the order and under the headings of the official 情况说明, with a short
 * guide for the contact to what each must say (shown in the editor only: never stored or published).
 */
export const SECTION_HEADINGS: { key: SectionKey; heading: string; level: 2 | 3; guide: string }[] = [
  { key: "functions", heading: "（一）职能职责", level: 3, guide: "按“三定”规定逐条列出部门（单位）的主要职能。" },
  { key: "structure", heading: "（二）单位构成", level: 3, guide: "列出内设机构和所属单位；纳入本预算的单位须逐一写明。" },
  { key: "overview", heading: "二、部门收支总体情况", level: 2, guide: "分收入预算、支出预算两段，写明年初预算数及各资金来源、各功能类别的金额，与上年相比的增减额和主要原因。" },
  { key: "budgetNotes", heading: "三、部门预算情况说明", level: 2, guide: "写明一般公共预算财政拨款收支总额，基本支出、项目支出的金额、增减和原因；政府性基金预算支出，没有的写明“无”。" },
  { key: "threePublicNotes", heading: "四、“三公”经费情况说明", level: 2, guide: "写明“三公”经费预算总额及因公出国（境）费、公务用车购置及运行费、公务接待费各项的金额、与上年相比的增减和原因。" },
  { key: "otherNotes", heading: "五、其他重要事项的情况说明", level: 2, guide: "写明机关运行经费、政府采购、国有资产占有使用、绩效目标设置等情况及其金额。" },
  { key: "glossary", heading: "六、专业性名词解释", level: 2, guide: "解释财政拨款收入、其他收入、基本支出、项目支出、“三公”经费等文中用到的名词。" },
];
