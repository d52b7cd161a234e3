import type { DisclosureDocument, DisclosureTable, Project, ProjectTarget, SourceUnit } from "@/lib/disclosure/schema";
import { refuseLumpedAppropriation } from "./appropriations";
import { ImportError } from "./errors";
import { findDepartmentCode, findDistrict, readHeader } from "./header";
import { splitLines } from "./lines";
import { parseOverallTarget, parseProjectTarget, printedUnitCodes } from "./performance/targets";
import { mergeProjects, projectFromTarget } from "./projects";
import { readIndicatorHeader } from "./performance/indicators";
import { readContact, readSections } from "./sections";
import { segmentDocument, type Segment } from "./segment";
import { parseClassifiedTable } from "./tables/classified";
import type { TableContext } from "./tables/context";
import { parseProcurementTable } from "./tables/procurement";
import { parseProjectList } from "./tables/project-list";
import { parseThreePublicTable } from "./tables/three-public";
import { parseTwoSidedTable } from "./tables/two-sided";

export interface ParseOptions {
  /** Shown in error messages. */
  fileName: string;
  /** The department code to use when the document prints none. */
  departmentCode?: string;
}

/**
 * Reads the text of a department budget/final-accounts disclosure into `budget-disclosure/v1`.
 * Pure: no I/O. Throws ImportError (file, table, row, column) when the document cannot be read.
 */
export function parseDisclosureText(text: string, opts: ParseOptions): DisclosureDocument {
  const { fileName } = opts;
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new ImportError({ fileName }, "文件为空");
  const lines = splitLines(text.replace(/^\uFEFF/, ""));
  const { narrative, segments } = segmentDocument(lines, fileName);
  const header = readHeader(narrative, fileName);
  if (segments.every((s) => s.kind === "unknown")) {
    throw new ImportError({ fileName }, "找不到任何预算表（如“部门收支总表”），文件可能不完整或被截断");
  }
  checkNotTruncated(segments, fileName);
  const sourceUnit = documentUnit(segments, fileName);

  const tables: DisclosureTable[] = [];
  const listed: Project[] = [];
  const procured: Project[] = [];
  const targets: (ProjectTarget & { category: string | null })[] = [];
  let overall: DisclosureDocument["performance"]["overall"] = null;
  const unitCodes: string[] = [];

  for (const segment of segments) {
    const ctx: TableContext = { fileName, title: segment.title, unit: segment.unit ?? sourceUnit, year: header.year };
    unitCodes.push(...printedUnitCodes(segment));
    switch (segment.kind) {
      case "unknown":
        break;
      case "overall_performance":
        overall ??= parseOverallTarget(segment);
        break;
      case "project_performance":
        targets.push(parseProjectTarget(segment, ctx));
        break;
      case "project_list":
        listed.push(...parseProjectList(segment, ctx));
        break;
      case "procurement": {
        const { table, projects } = parseProcurementTable(segment, ctx);
        tables.push(table);
        procured.push(...projects.map((p) => ({ ...p, amount: null, category: null, functionCode: null })));
        break;
      }
      case "three_public":
        tables.push(parseThreePublicTable(segment, ctx));
        break;
      case "income_expenditure_summary":
      case "fiscal_summary":
        tables.push(parseTwoSidedTable(segment.kind, segment, ctx));
        break;
      default:
        tables.push(parseClassifiedTable(segment.kind, segment, ctx));
    }
  }

  refuseLumpedAppropriation(segments, tables, fileName);
  const projects = mergeProjects([listed, targets.map(projectFromTarget), procured]);
  const projectCodes = projects.flatMap((p) => (p.code ? [p.code] : []));
  const departmentCode = findDepartmentCode(unitCodes) ?? opts.departmentCode;
  if (!departmentCode) {
    throw new ImportError({ fileName }, "找不到部门编码（“编制单位”或绩效目标表“部门名称”中的编码，如“134-…”）");
  }
  const contact = readContact(lines);
  return {
    format: "budget-disclosure/v1",
    district: findDistrict(header.departmentName, projectCodes, fileName),
    department: {
      code: departmentCode,
      name: header.departmentName,
    },
    year: header.year,
    kind: header.kind,
    sourceUnit,
    ...(contact ? { contact } : {}),
    sections: readSections(narrative.slice(header.titleIndex + 1)),
    tables,
    projects,
    performance: {
      overall,
      projects: targets.map(({ category: _category, ...target }) => target),
    },
  };
}

/** The unit most tables state; a table without a 单位 line is read in it. */
function documentUnit(segments: Segment[], fileName: string): SourceUnit {
  const counts = new Map<SourceUnit, number>();
  for (const s of segments) if (s.unit) counts.set(s.unit, (counts.get(s.unit) ?? 0) + 1);
  const unit = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!unit) throw new ImportError({ fileName }, "所有表格都没有注明单位（元或万元）");
  return unit;
}

/** A document that ends inside its last table (no rows, no indicators, or a cut-off row) was cut short. */
function checkNotTruncated(segments: Segment[], fileName: string): void {
  const last = segments.at(-1);
  if (!last || last.notes.length > 0) return;
  const fail = (problem: string) =>
    new ImportError({ fileName, table: last.title, line: last.rows.at(-1)?.no ?? last.titleLine }, problem);
  const performance = last.kind === "project_performance" || last.kind === "overall_performance";
  if (performance ? !last.rows.some((r) => readIndicatorHeader(r)) : last.rows.length < 2) {
    throw fail("表格没有内容，文件可能被截断");
  }
  const widths = last.rows.map((r) => r.cells!.length);
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  const [usual = 0, seen = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (seen >= 3 && widths.at(-1)! < usual) throw fail("最后一行不完整，文件可能被截断");
}
