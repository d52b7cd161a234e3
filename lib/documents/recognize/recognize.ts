import type { DisclosureDocument, DisclosureTable, Finding, OtherTable, Project, ProjectTarget, SelfEvaluation, SourceUnit } from "@/lib/disclosure/schema";
import { tableLabel } from "@/lib/disclosure/labels";
import { ImportError } from "@/lib/documents/errors";
import type { DocumentModel } from "../model";
import { checkLumpedAppropriation } from "./appropriations";
import { finalKind } from "./final-kinds";
import { findDepartmentCode, findDistrict, readHeader, UNKNOWN } from "./header";
import { Issues } from "./issues";
import { linesOf } from "./lines";
import { parseSelfEvaluations } from "./performance/self-evaluations";
import { parseOverallTarget, parseProjectTarget, printedUnitCodes } from "./performance/targets";
import { mergeProjects, projectFromTarget } from "./projects";
import { readFinalSections } from "./final-sections";
import { readContact, readSections } from "./sections";
import { segmentDocument, type Segment } from "./segment";
import { parseClassifiedTable } from "./tables/classified";
import type { TableContext } from "./tables/context";
import { parseFinalThreePublicTable } from "./tables/final-three-public";
import { otherTable } from "./tables/other";
import { parseProcurementTable } from "./tables/procurement";
import { parseProjectList } from "./tables/project-list";
import { parseThreePublicTable } from "./tables/three-public";
import { parseTwoSidedTable } from "./tables/two-sided";
import { checkNotTruncated } from "./truncation";

export interface RecognizeOptions {
  /** Shown in messages. */
  fileName: string;
  /** The department code to use when the document prints none. */
  departmentCode?: string;
}

export interface Recognized {
  doc: DisclosureDocument;
  /** I1: what the recognizer saw but could not read, with page, table, row and column. */
  issues: Finding[];
}

/**
 * Reads the picture of a department budget/final-accounts disclosure into `budget-disclosure/v1`.
 * Pure: no I/O. Refuses (ImportError) only what is not a disclosure at all; everything else it
 * could not read becomes an I1 finding.
 */
export function recognize(model: DocumentModel, opts: RecognizeOptions): Recognized {
  const { fileName } = opts;
  const lines = linesOf(model);
  if (lines.length === 0) throw new ImportError({ fileName }, "文件为空");
  const issues = new Issues(fileName, model.format !== "text" && model.format !== "docx");
  const { narrative, segments } = segmentDocument(lines, issues, { tablesEndAtText: model.format !== "text" });
  if (segments.every((s) => s.kind === "unknown")) {
    throw new ImportError({ fileName }, "找不到任何预算表（如“部门收支总表”），不是部门预算或决算公开文件，或文件不完整");
  }
  if (model.format === "text") checkNotTruncated(segments, fileName, issues);
  const header = readHeader(narrative, segments, issues);
  if (header.kind === "final") for (const s of segments) s.kind = finalKind(s.kind);
  const sourceUnit = documentUnit(segments, issues);

  const tables: (DisclosureTable | OtherTable)[] = [];
  const listed: Project[] = [];
  const procured: Project[] = [];
  const targets: (ProjectTarget & { category: string | null })[] = [];
  const selfEvaluations: SelfEvaluation[] = [];
  let overall: DisclosureDocument["performance"]["overall"] = null;
  const unitCodes: string[] = [];

  for (const segment of segments) {
    const table = ["unknown", "project_list", "self_evaluation"].includes(segment.kind) || segment.kind.endsWith("_performance") ? segment.title : segment.kind;
    const ctx: TableContext = { fileName, title: segment.title, table, unit: segment.unit ?? sourceUnit, year: header.year, issues };
    unitCodes.push(...printedUnitCodes(segment));
    try {
      readSegment(segment, ctx);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      tables.push(otherTable(segment));
      issues.add(
        { table: segment.title, page: segment.page },
        `表“${segment.title}”未能按${segment.kind in KIND_NAMES ? KIND_NAMES[segment.kind]! : `“${tableLabel(segment.kind)}”`}读取（${problemOf(error)}），已按原样保留`,
      );
    }
  }

  function readSegment(segment: Segment, ctx: TableContext): void {
    switch (segment.kind) {
      case "unknown":
        tables.push(otherTable(segment));
        issues.add({ table: segment.title, page: segment.page }, `表“${segment.title}”不是标准预算表，已按原样保留`, "info");
        break;
      case "overall_performance":
        overall ??= parseOverallTarget(segment);
        break;
      case "project_performance":
        targets.push(parseProjectTarget(segment, ctx));
        break;
      case "self_evaluation":
        selfEvaluations.push(...parseSelfEvaluations(segment, ctx));
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
      case "final_three_public":
        tables.push(parseFinalThreePublicTable(segment, ctx));
        break;
      case "income_expenditure_summary":
      case "fiscal_summary":
      case "final_income_expenditure_summary":
      case "final_fiscal_summary":
        tables.push(parseTwoSidedTable(segment.kind, segment, ctx));
        break;
      default:
        tables.push(parseClassifiedTable(segment.kind, segment, ctx));
    }
  }

  checkLumpedAppropriation(segments, tables, issues);
  const projects = mergeProjects([listed, targets.map(projectFromTarget), procured]);
  const projectCodes = projects.flatMap((p) => (p.code ? [p.code] : []));
  let departmentCode = findDepartmentCode(unitCodes) ?? opts.departmentCode;
  if (!departmentCode) {
    departmentCode = UNKNOWN;
    issues.add({}, "文件中找不到部门编码（“编制单位”或绩效目标表中“134-…”形式的编码）；保存前须指定所属部门", "info");
  }
  const contact = readContact(lines);
  const doc: DisclosureDocument = {
    format: "budget-disclosure/v1",
    district: findDistrict(header.departmentName, projectCodes, issues),
    department: { code: departmentCode, name: header.departmentName },
    year: header.year,
    kind: header.kind,
    sourceUnit,
    ...(contact ? { contact } : {}),
    sections:
      header.kind === "final"
        ? readFinalSections(narrative.slice(header.titleIndex + 1), segments.map((s) => s.titleLine))
        : readSections(narrative.slice(header.titleIndex + 1)),
    tables,
    projects,
    performance: {
      overall,
      projects: targets.map(({ category: _category, ...target }) => target),
      ...(selfEvaluations.length > 0 ? { selfEvaluations } : {}),
    },
  };
  return { doc, issues: issues.findings };
}

const KIND_NAMES: Record<string, string> = {
  overall_performance: "整体绩效目标表",
  project_performance: "项目绩效目标表",
  project_list: "项目支出明细表",
  self_evaluation: "绩效自评表",
};

/** The problem an ImportError states, without its “文件 …，表 …：” prefix. */
function problemOf(error: ImportError): string {
  return error.message.replace(/^文件 [^：]*：/, "");
}

/** The unit most tables state; a table without a 单位 line is read in it. */
function documentUnit(segments: Segment[], issues: Issues): SourceUnit {
  const counts = new Map<SourceUnit, number>();
  for (const s of segments) if (s.unit) counts.set(s.unit, (counts.get(s.unit) ?? 0) + 1);
  const unit = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (unit) return unit;
  issues.add({}, "所有表格都没有注明单位（元或万元），按“元”读取；请核对金额的单位");
  return "元";
}
