import type { SectionKey } from "./schema";

/** The narrative in the order and under the headings of the official 情况说明. */
export const SECTION_HEADINGS: { key: SectionKey; heading: string; level: 2 | 3 }[] = [
  { key: "functions", heading: "（一）职能职责", level: 3 },
  { key: "structure", heading: "（二）单位构成", level: 3 },
  { key: "overview", heading: "二、部门收支总体情况", level: 2 },
  { key: "budgetNotes", heading: "三、部门预算情况说明", level: 2 },
  { key: "threePublicNotes", heading: "四、“三公”经费情况说明", level: 2 },
  { key: "otherNotes", heading: "五、其他重要事项的情况说明", level: 2 },
  { key: "glossary", heading: "六、专业性名词解释", level: 2 },
];
