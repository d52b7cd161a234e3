import { columnHeadingText, rowLabel, sideLabel } from "@/lib/disclosure/column-headings";
import { INDICATOR_LABELS, OTHER_TABLE_NOTICE, TABLE_LABELS } from "@/lib/disclosure/labels";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { type DisclosureDocument, type Indicator, type OtherTable, otherTables, standardTables } from "@/lib/disclosure/schema";
import { districtCodeOf } from "@/lib/imports/assign";
import { csvFile } from "@/lib/search/csv-cell";
import {
  INDICATOR_FIELDS,
  OVERALL_TARGET,
  projectTargetName,
  SELF_EVALUATION_FIELDS,
  SELF_EVALUATION_HEADINGS,
  SELF_EVALUATIONS_SHEET,
  valueColumns,
} from "./xlsx-layout";

const IDENTITY = ["区县代码", "区县", "部门编码", "部门名称", "年度", "类型"];
const CELLS_HEADER = [...IDENTITY, "表格", "收支", "科目编码", "科目名称", "栏目", "金额（元）"];
const TARGETS_HEADER = [...IDENTITY, "绩效目标表", "项目编码", "项目名称", "项目金额（元）", "绩效目标", ...Object.values(INDICATOR_LABELS)];
const SELF_EVALUATIONS_HEADER = [...IDENTITY, ...SELF_EVALUATION_HEADINGS("元")];

/** A table kept as printed, after a blank line: its title, unit and notice, column headers and cells as text. */
function printedTableLines(table: OtherTable): string[][] {
  return [
    [],
    [table.title || TABLE_LABELS.other],
    [table.unit ? `单位：${table.unit}` : "", OTHER_TABLE_NOTICE],
    table.columns,
    ...table.rows.map((r) => r.cells.map((c) => c ?? "")),
    ...(table.note ? [[`备注：${table.note}`]] : []),
  ];
}

const indicatorCells = (i: Indicator | undefined) =>
  INDICATOR_FIELDS.map((f) => (i === undefined ? "" : f === "core" ? (i.core === null ? "" : i.core ? "是" : "否") : (i[f] ?? "")));

/** The performance targets, after a blank line: one line per indicator (a target without any: one line). */
function targetLines(doc: DisclosureDocument, identity: string[]): string[][] {
  const { overall, projects } = doc.performance;
  const targets = [
    ...(overall ? [{ name: OVERALL_TARGET, code: "", project: "", amount: "", goal: overall.goal, indicators: overall.indicators }] : []),
    ...projects.map((p, n) => ({ name: projectTargetName(n + 1), code: p.projectCode ?? "", project: p.projectName, amount: p.amount ?? "", goal: p.goal ?? "", indicators: p.indicators })),
  ];
  if (targets.length === 0) return [];
  const lines = targets.flatMap((t) =>
    (t.indicators.length ? t.indicators : [undefined]).map((i) => [...identity, t.name, t.code, t.project, t.amount, t.goal, ...indicatorCells(i)]),
  );
  return [[], TARGETS_HEADER, ...lines];
}

/** A 决算's 绩效自评, after a blank line and its title: one line per project, amounts in 元 as stored. */
function selfEvaluationLines(doc: DisclosureDocument, identity: string[]): string[][] {
  const evaluations = doc.performance.selfEvaluations ?? [];
  if (evaluations.length === 0) return [];
  return [[], [SELF_EVALUATIONS_SHEET], SELF_EVALUATIONS_HEADER, ...evaluations.map((e) => [...identity, ...SELF_EVALUATION_FIELDS.map((f) => e[f] ?? "")])];
}

/**
 * Every cell of the columns the XLSX gives every standard table, one line each, under the headings the
 * document prints (2025年预算数·总计), amounts in 元 exactly as stored (a blank cell stays empty); then,
 * each after a blank line, the performance targets with their indicators, a 决算's 绩效自评, and each table
 * kept as printed.
 * All headers in Chinese; UTF-8 with a byte-order mark, so that Excel shows the Chinese (csvFile).
 */
export function disclosureCsv(doc: DisclosureDocument): string {
  const ctx = { year: doc.year, kind: doc.kind };
  const identity = [districtCodeOf(doc.district) ?? "", doc.district, doc.department.code, doc.department.name, String(doc.year), KIND_LABELS[doc.kind]];
  const lines = [CELLS_HEADER];
  for (const table of standardTables(doc)) {
    // each half of a 收支总表 with its own columns; a 决算's 年初预算数 and 调整预算数 only where it printed them
    const sides = new Set(table.rows.map((r) => r.side));
    const columns = new Map([...sides].map((side) => [side, valueColumns(table.kind, table.rows.filter((r) => r.side === side))]));
    for (const row of table.rows) {
      const values = row.values as Record<string, string | null | undefined>;
      for (const column of columns.get(row.side)!) {
        lines.push([
          ...identity,
          TABLE_LABELS[table.kind],
          row.side ? sideLabel(row.side) : "",
          row.code === "total" ? "" : (row.code ?? ""),
          rowLabel({ ...ctx, table: table.kind, row }),
          columnHeadingText({ ...ctx, table: table.kind, column, side: row.side }),
          values[column] ?? "",
        ]);
      }
    }
  }
  lines.push(...targetLines(doc, identity), ...selfEvaluationLines(doc, identity), ...otherTables(doc).flatMap(printedTableLines));
  return csvFile(lines);
}
