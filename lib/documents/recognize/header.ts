import type { DisclosureKind } from "@/lib/disclosure/schema";
import reference from "@/db/reference/districts.json";
import { ImportError } from "@/lib/documents/errors";
import { normalizeText } from "../normalize";
import type { Issues } from "./issues";
import type { Line } from "./lines";
import type { Segment } from "./segment";

export interface DocumentHeader {
  departmentName: string;
  year: number;
  kind: DisclosureKind;
  /** 部门 (the department with its units) or 单位 (one budget unit), when the document says. */
  level: "department" | "unit" | null;
  /** Index in the narrative lines of the line holding the year and kind (-1: no title line). */
  titleIndex: number;
}

/** What stands in for a name or code the document does not print; a finding says so. */
export const UNKNOWN = "未注明";

const TITLE = /(20\d{2})\s*年度?\s*(?:区级|市级|县级|本级)?\s*(?:部门|单位)?\s*(?:财务)?(预算|决算)/;
/** “2025年重庆市XX局部门预算情况说明”: the year before the department's name. */
const YEAR_FIRST_TITLE = /^(20\d{2})\s*年度?\s*(.+?)\s*(?:部门|单位)\s*(预算|决算)/;
/** Lines that name the department outright: the cover's 预算主管部门, a table's 编制部门. */
const NAMED = /^(?:预算主管部门|主管部门|编制部门|编制单位|部门名称|单位名称|预算单位|决算单位)[:：]\s*(.+)$/;
/** A name that is only a place (“上海市普陀区”), as a cover prints before “2025年区级部门预算”. */
const PLACE_ONLY = /^(?:[\u4e00-\u9fa5]{2,8}?(?:省|自治区))?(?:[\u4e00-\u9fa5]{2,8}?市)?(?:[\u4e00-\u9fa5]{1,8}?(?:区|县|自治县))?$/;

/** The title among the opening lines, possibly broken over two (“重庆市XX局2025年” / “部门预算情况说明”). */
function findTitle(narrative: Line[]): { text: string; first: number; last: number } | null {
  for (let i = 0; i < Math.min(12, narrative.length); i++) {
    const line = narrative[i]!;
    const text = normalizeText(line.text);
    if (line.cells !== null || text.length > 60 || /……|\.{6}/.test(text)) continue;
    if (TITLE.test(text) || YEAR_FIRST_TITLE.test(text)) return { text, first: i, last: i };
    const next = narrative[i + 1];
    const joined = normalizeText(line.text + (next?.text ?? ""));
    if (next?.cells === null && text.length < 40 && TITLE.test(joined)) return { text: joined, first: i, last: i + 1 };
  }
  return null;
}

/** Year, 预算/决算 and the department's name as the title prints them ("" when on the line before). */
function readTitle(text: string): { year: string; kind: string; name: string } {
  const yearFirst = text.match(YEAR_FIRST_TITLE);
  if (yearFirst) return { year: yearFirst[1]!, kind: yearFirst[3]!, name: yearFirst[2]! };
  const match = text.match(TITLE)!;
  return { year: match[1]!, kind: match[2]!, name: text.slice(0, match.index).trim() };
}

/** The department as a cover or table line names it (“预算主管部门：XX局”, “编制部门：XX局”). */
function namedDepartment(narrative: Line[], segments: Segment[]): string | null {
  for (const line of narrative.slice(0, 40)) {
    const named = line.cells === null ? line.text.replace(/\s{2,}.*$/, "").match(NAMED) : null;
    if (named) return named[1]!.replace(/[（(]?(?:金额)?单位[:：].*$/, "").trim();
  }
  const preparer = segments.flatMap((s) => s.preparers).find((p) => p.trim() !== "");
  return preparer ? preparer.replace(/^\d+\s*[-－—]\s*/, "").trim() : null;
}

/**
 * Department name, year, kind and level from the title, the cover's named lines, or else the
 * tables' titles and 编制部门 lines. Only a document that states no year anywhere is refused.
 */
export function readHeader(narrative: Line[], segments: Segment[], issues: Issues): DocumentHeader {
  const title = findTitle(narrative);
  const named = namedDepartment(narrative, segments);
  const level = /单位(?:预算|决算)/.test(title?.text ?? "") ? "unit" : /部门(?:预算|决算)/.test(title?.text ?? "") ? "department" : null;
  if (title) {
    const { year, kind, name } = readTitle(title.text);
    let departmentName = cleanName(name || (narrative[title.first - 1]?.text ?? ""));
    if ((departmentName === "" || PLACE_ONLY.test(departmentName)) && named) departmentName = cleanName(named);
    if (departmentName === "") {
      departmentName = UNKNOWN;
      issues.add({ page: narrative[title.first]!.page }, "标题和封面都没有写明部门名称");
    }
    return { departmentName, year: Number(year), kind: kind === "决算" ? "final" : "budget", level, titleIndex: title.last };
  }
  const titled = segments.map((s) => s.title.match(/(20\d{2})\s*年/)).find(Boolean);
  const anyYear = titled ?? narrative.slice(0, 40).map((l) => l.text.match(/(20\d{2})\s*年度?/)).find(Boolean);
  if (!anyYear) {
    throw new ImportError({ fileName: issues.fileName }, "开头和各表标题都没有写明年度（如“2025 年部门预算”），无法确定是哪一年的文件");
  }
  const final = segments.some((s) => /决算/.test(s.title));
  issues.add({}, `开头找不到文件标题（如“2025 年部门预算情况说明”），年度（${anyYear[1]}）和${final ? "决算" : "预算"}取自表格标题`, "info");
  const departmentName = named ? cleanName(named) : UNKNOWN;
  if (!named) issues.add({}, "文件中找不到部门名称（标题、封面或“编制部门”）");
  return { departmentName, year: Number(anyYear[1]), kind: final ? "final" : "budget", level, titleIndex: -1 };
}

/** The department's name without “（本级）”, blanks, and the “关于…” of “关于XX局2025年部门预算的说明”. */
function cleanName(text: string): string {
  return text.replace(/\s+/g, "").replace(/[（(]本级[)）]$/, "").replace(/^关于|关于$/g, "");
}

interface District {
  code: string;
  name: string;
}
const DISTRICTS: District[] = reference.districts;

/** Short names also seen in department names: 石柱县 for 石柱土家族自治县. */
function namesOf(district: District): string[] {
  return district.name.endsWith("自治县") ? [district.name, district.name.slice(0, 2) + "县"] : [district.name];
}

/** The district from the department's name, else from the division code that project codes start with. */
export function findDistrict(departmentName: string, projectCodes: string[], issues: Issues): string {
  let best: { name: string; at: number } | null = null;
  for (const district of DISTRICTS) {
    for (const name of namesOf(district)) {
      const at = departmentName.indexOf(name);
      if (at >= 0 && (best === null || at < best.at)) best = { name: district.name, at };
    }
  }
  if (best) return best.name;
  const byCode = DISTRICTS.find((d) => projectCodes.some((code) => code.startsWith(d.code)));
  if (byCode) return byCode.name;
  issues.add({}, `无法从部门名称“${departmentName}”或项目编码确定所属区县；保存前须指定所属部门`, "info");
  return UNKNOWN;
}

/**
 * The department code from the codes printed with the department or its units: a unit code is the
 * department's code followed by three digits (134001 = 134 本级).
 */
export function findDepartmentCode(printed: string[]): string | null {
  const votes = new Map<string, number>();
  for (const code of printed) {
    const department = code.length >= 6 ? code.slice(0, -3) : code;
    votes.set(department, (votes.get(department) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
