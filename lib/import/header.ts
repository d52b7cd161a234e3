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

/** Department name, year and kind from the document's opening lines. */
export function readHeader(narrative: Line[], fileName: string): DocumentHeader {
  const titleIndex = narrative.slice(0, 8).findIndex((l) => l.cells === null && TITLE.test(l.text));
  const titleLine = narrative[titleIndex];
  if (!titleLine) throw new ImportError({ fileName }, "开头找不到标题（如“2025 年部门预算情况说明”），无法确定年度和预算/决算");
  const match = titleLine.text.match(TITLE)!;
  const before = titleLine.text.slice(0, match.index).trim();
  const departmentName = cleanName(before || (narrative[titleIndex - 1]?.text ?? ""));
  if (departmentName === "") throw new ImportError({ fileName, line: titleLine.no }, "标题前找不到部门名称");
  return { departmentName, year: Number(match[1]), kind: match[2] === "决算" ? "final" : "budget", titleIndex };
}

function cleanName(text: string): string {
  return text.replace(/[（(]本级[)）]\s*$/, "").replace(/\s+/g, "").trim();
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
