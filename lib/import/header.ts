import type { DisclosureKind } from "@/lib/disclosure/schema";
import reference from "@/db/reference/districts.json";
import { ImportError } from "./errors";
import type { Line } from "./lines";

export interface DocumentHeader {
  departmentName: string;
  year: number;
  kind: DisclosureKind;
  /** Index in the narrative lines of the line holding the year and kind. */
  titleIndex: number;
}

const TITLE = /(20\d{2})\s*年度?\s*(?:部门|单位)?\s*(预算|决算)/;
/** “2025年重庆市XX局部门预算情况说明”: the year before the department's name. */
const YEAR_FIRST_TITLE = /^(20\d{2})\s*年度?\s*(.+?)\s*(?:部门|单位)\s*(预算|决算)/;

const halfWidth = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** The title among the opening lines, possibly broken over two (“重庆市XX局2025年” / “部门预算情况说明”). */
function findTitle(narrative: Line[]): { text: string; first: number; last: number } | null {
  for (let i = 0; i < Math.min(8, narrative.length); i++) {
    const line = narrative[i]!;
    if (line.cells !== null) continue;
    if (TITLE.test(halfWidth(line.text)) || YEAR_FIRST_TITLE.test(halfWidth(line.text))) return { text: halfWidth(line.text), first: i, last: i };
    const next = narrative[i + 1];
    const joined = halfWidth(line.text + (next?.text ?? ""));
    if (next?.cells === null && line.text.length < 40 && TITLE.test(joined)) return { text: joined, first: i, last: i + 1 };
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

/** Department name, year and kind from the document's opening lines. */
export function readHeader(narrative: Line[], fileName: string): DocumentHeader {
  const title = findTitle(narrative);
  if (!title) throw new ImportError({ fileName }, "开头找不到标题（如“2025 年部门预算情况说明”），无法确定年度和预算/决算");
  const { year, kind, name } = readTitle(title.text);
  const departmentName = cleanName(name || (narrative[title.first - 1]?.text ?? ""));
  if (departmentName === "") throw new ImportError({ fileName, line: narrative[title.first]!.no }, "标题前找不到部门名称");
  return { departmentName, year: Number(year), kind: kind === "决算" ? "final" : "budget", titleIndex: title.last };
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
export function findDistrict(departmentName: string, projectCodes: string[], fileName: string): string {
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
  throw new ImportError({ fileName }, `无法从部门名称“${departmentName}”确定所属区县`);
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
