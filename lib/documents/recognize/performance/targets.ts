import type { Indicator, OverallTarget, ProjectTarget } from "@/lib/disclosure/schema";
import { AmountFormatError, parseAmount } from "@/lib/money";
import type { Line } from "../lines";
import { splitProjectLabel } from "../projects";
import type { Segment } from "../segment";
import { tableError, type TableContext } from "../tables/context";
import { readFields, type Field, type FieldKey } from "./fields";
import { readIndicator, readIndicatorHeader, type IndicatorHeader } from "./indicators";

interface PerformanceBlock {
  fields: Map<FieldKey, Field>;
  indicators: Indicator[];
}

/** Key–value rows, then an indicator header and indicator rows (the header may repeat after a page break). */
function readBlock(rows: Line[]): PerformanceBlock {
  const headerAt = rows.findIndex((r) => readIndicatorHeader(r) !== null);
  const fields = readFields(headerAt < 0 ? rows : rows.slice(0, headerAt));
  const indicators: Indicator[] = [];
  let header: IndicatorHeader | null = null;
  for (const line of headerAt < 0 ? [] : rows.slice(headerAt)) {
    const repeated = readIndicatorHeader(line);
    if (repeated) header = repeated;
    else if (header) {
      const indicator = readIndicator(line, header);
      if (indicator) indicators.push(indicator);
    }
  }
  return { fields, indicators };
}

/**
 * Codes printed with the department or unit, e.g. "134-重庆市北碚区政务服务中心" or "134001-…（本级）":
 * in the 编制单位 line of any table, and in the 部门名称 / 主管部门 / 部门编码 fields of a performance table.
 */
export function printedUnitCodes(segment: Segment): string[] {
  const performance = segment.kind === "overall_performance" || segment.kind === "project_performance";
  const { fields } = performance ? readBlock(segment.rows) : { fields: new Map<FieldKey, Field>() };
  const labelled = [fields.get("departmentName")?.value, fields.get("department")?.value, ...segment.preparers];
  const withName = labelled.flatMap((text) => text?.match(/^\s*(\d{3,})\s*[-－—]/)?.[1] ?? []);
  const alone = fields.get("departmentCode")?.value.match(/^\s*(\d{3,})\s*$/)?.[1];
  return alone ? [...withName, alone] : withName;
}

export function parseOverallTarget(segment: Segment): OverallTarget {
  const { fields, indicators } = readBlock(segment.rows);
  return { goal: fields.get("goal")?.value ?? "", indicators };
}

export function parseProjectTarget(segment: Segment, ctx: TableContext): ProjectTarget & { category: string | null } {
  const { fields, indicators } = readBlock(segment.rows);
  const label = fields.get("projectName");
  if (!label) throw tableError(ctx, "找不到“项目名称”", segment.titleLine);
  // the code is printed with the name (“5001…-大厅运行经费”) or in a 项目编码 field of its own
  const { code: codeWithName, name } = splitProjectLabel(label.value);
  const code = codeWithName ?? (fields.get("projectCode")?.value.trim() || null);
  const amountField = fields.get("amount");
  let amount: string | null = null;
  if (amountField) {
    try {
      amount = parseAmount(amountField.value, amountField.unit ?? ctx.unit);
    } catch (error) {
      if (!(error instanceof AmountFormatError)) throw error;
      ctx.issues.add(
        { table: `${ctx.title}（${name}）`, column: amountField.label, page: amountField.line.page },
        `项目“${name}”的“${amountField.label}”“${amountField.value.trim()}”不是金额，已留空：${error.message}`,
      );
    }
  }
  return {
    projectCode: code,
    projectName: name,
    amount,
    overview: fields.get("overview")?.value ?? null,
    basis: fields.get("basis")?.value ?? null,
    goal: fields.get("goal")?.value ?? null,
    indicators,
    category: fields.get("category")?.value ?? null,
  };
}
