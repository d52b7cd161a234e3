import { SELF_EVALUATION_LABELS as LABELS } from "@/lib/disclosure/labels";
import type { SelfEvaluation, SourceUnit } from "@/lib/disclosure/schema";
import { AmountFormatError, parseAmount } from "@/lib/money";
import { compact, type Line } from "../lines";
import { splitProjectLabel } from "../projects";
import type { Segment } from "../segment";
import { amountAt, tableError, type TableContext } from "../tables/context";
import { buildGrid, cellAt, type Column } from "../tables/grid";

/** A grade as printed → the format's 优/良/中/差 (合格/不合格: the Shanghai wording). */
const GRADES: Record<string, SelfEvaluation["grade"]> = {
  优: "优",
  优秀: "优",
  良: "良",
  良好: "良",
  中: "中",
  中等: "中",
  一般: "中",
  合格: "中",
  差: "差",
  较差: "差",
  不合格: "差",
};

const NAME = /^(项目名称|项目|专项资金名称|专项名称)$/;
const CODE = /^项目(编码|代码|编号)$/;
const BUDGET = /年初预算/;
const ACTUAL = /全年执行数|执行数|决算数|实际支出|支出数/;
const SCORE = /得分|总分/;
const POINTS = /^分值/;
const GRADE = /等级|评级|评价结果/;
const GAPS = /偏差|原因|改进措施|存在问题/;

const leaf = (c: Column) => c.labels.at(-1) ?? "";
const filled = (line: Line) => line.cells!.map((c) => c.trim()).filter((c) => c !== "");

/** The unit a header states (年初预算数（万元）), else the table's. */
function unitOf(labels: string[], fallback: SourceUnit): SourceUnit {
  const stated = labels.map((l) => l.match(/[（(]\s*(万元|元)\s*[)）]/)?.[1]).find(Boolean);
  return (stated as SourceUnit | undefined) ?? fallback;
}

function readGrade(printed: string, ctx: TableContext, project: string, page: number): SelfEvaluation["grade"] {
  const text = compact(printed).replace(/[“”"]/g, "").replace(/级$/, "");
  if (text === "") return null;
  const grade = GRADES[text];
  if (grade) return grade;
  ctx.issues.add({ table: ctx.title, row: project, column: LABELS.grade, page }, `“${ctx.title}”中项目“${project}”的${LABELS.grade}“${printed.trim()}”无法识别（应为优、良、中、差或优秀、良好、一般、较差），已留空`);
  return null;
}

function readScore(printed: string, ctx: TableContext, project: string, page: number): string | null {
  const text = compact(printed).replace(/分$/, "");
  if (text === "") return null;
  const number = text.match(/^\d{1,3}(?:\.\d{1,2})?$/) ? text : null;
  if (number !== null && Number(number) <= 100) return number;
  ctx.issues.add({ table: ctx.title, row: project, column: LABELS.score, page }, `“${ctx.title}”中项目“${project}”的${LABELS.score}“${printed.trim()}”不是 0–100 的分数，已留空`);
  return null;
}

/**
 * 绩效自评结果 listed one project per row: 项目名称, 年初预算数, 全年执行数, 得分 (or 分值), 自评等级,
 * 偏差原因及改进措施 — whichever the table prints.
 */
function readList(segment: Segment, ctx: TableContext): SelfEvaluation[] {
  const grid = buildGrid(segment, ctx);
  const find = (pattern: RegExp, except?: Column) => grid.columns.find((c) => c !== except && c.labels.some((l) => pattern.test(l)));
  const nameColumn = grid.columns.find((c) => NAME.test(leaf(c)));
  if (!nameColumn) throw tableError(ctx, "表头中找不到“项目名称”列");
  const codeColumn = grid.columns.find((c) => CODE.test(leaf(c)));
  const budgetColumn = find(BUDGET);
  const actualColumn = grid.columns.find((c) => c !== budgetColumn && c.labels.some((l) => ACTUAL.test(l)) && !/率/.test(leaf(c)));
  const scoreColumn = find(SCORE) ?? grid.columns.find((c) => POINTS.test(leaf(c)));
  const gradeColumn = find(GRADE);
  const gapsColumn = grid.columns.find((c) => c.labels.some((l) => GAPS.test(l)));
  return grid.rows.flatMap((line, i) => {
    const printed = cellAt(line, nameColumn).trim();
    if (printed === "" || /^(合计|总计)$/.test(compact(printed))) return [];
    const { code, name } = splitProjectLabel(printed);
    const amount = (column: Column | undefined) => (column ? amountAt(ctx, line, i + 1, name, column, unitOf(column.labels, ctx.unit)) : undefined);
    return [
      {
        projectCode: (codeColumn && compact(cellAt(line, codeColumn))) || code,
        projectName: name,
        ...(budgetColumn ? { budget: amount(budgetColumn) } : {}),
        ...(actualColumn ? { actual: amount(actualColumn) } : {}),
        score: scoreColumn ? readScore(cellAt(line, scoreColumn), ctx, name, line.page) : null,
        grade: gradeColumn ? readGrade(cellAt(line, gradeColumn), ctx, name, line.page) : null,
        ...(gapsColumn ? { gaps: cellAt(line, gapsColumn).trim() || null } : {}),
      },
    ];
  });
}

/** The cell after a label cell on its row (项目名称 | 大厅运行经费). */
function valueAfter(line: Line, label: RegExp): string | null {
  const cells = filled(line);
  const at = cells.findIndex((c) => label.test(compact(c)));
  return at >= 0 && at + 1 < cells.length ? cells[at + 1]! : null;
}

/**
 * One project's 项目支出绩效自评表 printed as a form: 项目名称 | …; a funds block whose header names
 * 年初预算数, 全年执行数 (and 分值, 得分) over a 年度资金总额 row; indicator rows with a 偏差原因分析及改进措施
 * column; 总分 (the score, its last figure) and 自评等级 rows.
 */
function readForm(rows: Line[], ctx: TableContext): SelfEvaluation {
  const nameRow = rows.find((r) => valueAfter(r, NAME) !== null)!;
  const { code, name } = splitProjectLabel(valueAfter(nameRow, NAME)!);
  const printedCode = rows.map((r) => valueAfter(r, CODE)).find((v) => v !== null);
  const blockUnit = unitOf(rows.flatMap((r) => r.cells!.map(compact)), ctx.unit);

  let budget: string | null | undefined;
  let actual: string | null | undefined;
  const fundsHeader = rows.findIndex((r) => r.cells!.some((c) => BUDGET.test(compact(c))));
  const fundsRow = fundsHeader >= 0 ? rows.slice(fundsHeader + 1).find((r) => /资金总额|^合计$/.test(compact(filled(r)[0] ?? ""))) : undefined;
  if (fundsRow) {
    const header = rows[fundsHeader]!.cells!.map(compact);
    const at = (pattern: RegExp) => header.findIndex((c) => pattern.test(c) && !/率/.test(c));
    const read = (index: number) => {
      if (index < 0) return undefined;
      try {
        return parseAmount(fundsRow.cells![index] ?? "", blockUnit);
      } catch (error) {
        if (!(error instanceof AmountFormatError)) throw error;
        ctx.issues.add({ table: ctx.title, row: name, column: header[index], page: fundsRow.page }, `“${ctx.title}”中项目“${name}”的“${header[index]}”“${fundsRow.cells![index]}”不是金额，已留空：${error.message}`);
        return null;
      }
    };
    budget = read(at(BUDGET));
    actual = read(at(ACTUAL));
  }

  const totalRow = rows.find((r) => /^(总分|合计得分|自评得分|综合得分)$/.test(compact(filled(r)[0] ?? "")));
  const score = totalRow ? readScore(filled(totalRow).at(-1) ?? "", ctx, name, totalRow.page) : null;
  const gradeCell = rows.flatMap((r) => {
    const inline = r.cells!.map((c) => compact(c).match(/(?:自评|评价)等级[:：](.+)$/)?.[1]).find(Boolean);
    return inline ? [[inline, r.page] as const] : (valueAfter(r, GRADE) ?? null) !== null ? [[valueAfter(r, GRADE)!, r.page] as const] : [];
  })[0];
  const grade = gradeCell ? readGrade(gradeCell[0], ctx, name, gradeCell[1]) : null;

  const gapsHeader = rows.find((r) => r.cells!.some((c) => GAPS.test(compact(c))));
  const gapsIndex = gapsHeader ? gapsHeader.cells!.findIndex((c) => GAPS.test(compact(c))) : -1;
  const gaps =
    gapsHeader && gapsIndex >= 0
      ? rows
          .slice(rows.indexOf(gapsHeader) + 1)
          .map((r) => (r.cells![gapsIndex] ?? "").trim())
          .filter((c) => c !== "" && c !== "无" && c !== "/")
          .join("；")
      : "";

  return {
    projectCode: printedCode ?? code,
    projectName: name,
    ...(budget !== undefined ? { budget } : {}),
    ...(actual !== undefined ? { actual } : {}),
    score,
    grade,
    gaps: gaps || null,
  };
}

/**
 * A 决算's 绩效自评 tables (项目支出绩效自评表, 部门整体支出绩效自评表): a list of projects, or one form
 * per project (several forms under one title are split at each 项目名称 row). A 部门整体 form without a
 * 项目名称 is the department's own: named 部门整体支出.
 */
export function parseSelfEvaluations(segment: Segment, ctx: TableContext): SelfEvaluation[] {
  const isForm = segment.rows.some((r) => /资金总额|^总分$/.test(compact(filled(r)[0] ?? "")));
  if (!isForm) return readList(segment, ctx);
  const starts = segment.rows.flatMap((r, i) => (valueAfter(r, NAME) !== null ? [i] : []));
  if (starts.length === 0) {
    const overall: Line = { ...segment.rows[0]!, cells: ["项目名称", "部门整体支出"], text: "项目名称 部门整体支出" };
    return [readForm([overall, ...segment.rows], ctx)];
  }
  return starts.map((start, k) => readForm(segment.rows.slice(start, starts[k + 1]), ctx));
}
