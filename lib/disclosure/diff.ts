import { rowLabel } from "@/lib/feedback/row-label";
import { tableColumnLabel, tableLabel } from "./labels";
import {
  type DisclosureDocument,
  type DisclosureTable,
  type Indicator,
  type OtherTable,
  otherTables,
  type ProjectTarget,
  type SectionKey,
  standardTables,
  TABLE_COLUMNS,
} from "./schema";
import { sectionHeadingsFor } from "./section-headings";
import { SELF_EVALUATION_LABELS } from "./labels";

/** How a change's values read: amounts in 元 (views format them), prose compared by sentence, or plain text. */
export type ChangeValue = "amount" | "prose" | "text";

/**
 * One difference between two versions of a disclosure, located as a reader says it
 * (`where`: “一般公共预算财政拨款支出表 · 2010301 行政运行 · 基本支出”), and in parts for views that
 * group them: the group (a table's, a section's or a target's title), the row, project or
 * indicator in it, and the column or field.
 */
export interface DocumentChange {
  where: string;
  group: string;
  table?: DisclosureTable["kind"] | "other";
  section?: SectionKey;
  row?: string;
  column?: string;
  /** whether the row, project, indicator or table itself was added or removed, or only changed */
  change: "added" | "removed" | "changed";
  value: ChangeValue;
  before: string | null;
  after: string | null;
}

/** A revision set beside the one it corrects: what changed and why (the 更正原因). */
export interface RevisionComparison {
  revision: number;
  /** the revision it corrects */
  previous: number;
  reason: string | null;
  changes: DocumentChange[];
}

interface Field {
  column: string;
  value: ChangeValue;
  text: string | null | undefined;
}

/** Something compared as a whole: a table row, a project, an indicator, matched by its key. */
interface Item {
  key: string;
  label: string;
  fields: Field[];
}

type Place = Pick<DocumentChange, "group" | "table" | "section">;

const where = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" · ");
/** A project as the documents name it: “P01 大厅运行经费”. */
const codeAndName = (code: string | null | undefined, name: string) => [code, name].filter(Boolean).join(" ");
/** A blank text and a missing one read the same. */
const norm = (v: string | null | undefined) => (v === undefined || v === "" ? null : v);

/** Keys made unique by their occurrence, so that two rows of the same code are matched in order. */
function byKey(items: Item[]): Map<string, Item> {
  const seen = new Map<string, number>();
  return new Map(
    items.map((item) => {
      const n = (seen.get(item.key) ?? 0) + 1;
      seen.set(item.key, n);
      return [n === 1 ? item.key : `${item.key}#${n}`, item];
    }),
  );
}

function compareItems(place: Place, before: Item[], after: Item[], out: DocumentChange[]) {
  const [b, a] = [byKey(before), byKey(after)];
  for (const key of new Set([...b.keys(), ...a.keys()])) {
    const [ib, ia] = [b.get(key), a.get(key)];
    const item = (ia ?? ib)!;
    const change = !ib ? "added" : !ia ? "removed" : "changed";
    const push = (column: string | undefined, value: ChangeValue, before: string | null, after: string | null) =>
      out.push({ ...place, where: where([place.group, item.label, column]), row: item.label, ...(column ? { column } : {}), change, value, before, after });
    if (change === "changed") {
      for (let i = 0; i < Math.max(ib!.fields.length, ia!.fields.length); i++) {
        const [fb, fa] = [ib!.fields[i], ia!.fields[i]];
        const [tb, ta] = [norm(fb?.text), norm(fa?.text)];
        if (tb !== ta) push((fa ?? fb)!.column, (fa ?? fb)!.value, tb, ta);
      }
      continue;
    }
    const filled = item.fields.filter((f) => norm(f.text) !== null);
    if (filled.length === 0) push(undefined, "text", change === "removed" ? item.label : null, change === "added" ? item.label : null);
    for (const f of filled) push(f.column, f.value, change === "removed" ? f.text! : null, change === "added" ? f.text! : null);
  }
}

function compareValue(place: Place, column: string | undefined, value: ChangeValue, before: string | null | undefined, after: string | null | undefined, out: DocumentChange[]) {
  const [b, a] = [norm(before), norm(after)];
  if (b === a) return;
  out.push({ ...place, where: where([place.group, column]), ...(column ? { column } : {}), change: b === null ? "added" : a === null ? "removed" : "changed", value, before: b, after: a });
}

const rowItems = (table: DisclosureTable, year: number): Item[] =>
  table.rows.map((r) => ({
    key: `${r.side ?? ""}|${r.code ?? ""}|${r.name ?? ""}`,
    label: rowLabel(r),
    fields: TABLE_COLUMNS[table.kind].map((c) => ({
      column: c === "prior" ? `${year - 1}年预算数` : tableColumnLabel(table.kind, c),
      value: "amount" as const,
      text: (r.values as Record<string, string | null | undefined>)[c],
    })),
  }));

const printedRowItems = (table: OtherTable): Item[] =>
  table.rows.map((r, i) => ({
    key: r.cells[0] || `#${i}`,
    label: r.cells[0] || `第 ${i + 1} 行`,
    fields: r.cells.map((cell, j) => ({ column: table.columns[j] || `第 ${j + 1} 列`, value: "text" as const, text: cell })),
  }));

const indicatorItems = (indicators: Indicator[]): Item[] =>
  indicators.map((ind) => ({
    key: `${ind.level1}|${ind.level2}|${ind.level3}`,
    label: where([ind.level1, ind.level2, ind.level3]) || "（未命名指标）",
    fields: [
      { column: "计量单位", value: "text", text: ind.unit },
      { column: "指标性质", value: "text", text: ind.operator },
      { column: "指标值", value: "text", text: ind.value },
      { column: "权重", value: "text", text: ind.weight },
      { column: "是否核心指标", value: "text", text: ind.core === null ? null : ind.core ? "是" : "否" },
    ],
  }));

function compareTables(before: DisclosureDocument, after: DisclosureDocument, out: DocumentChange[]) {
  const tables = (doc: DisclosureDocument) => new Map(standardTables(doc).map((t) => [t.kind, t]));
  const [tb, ta] = [tables(before), tables(after)];
  for (const kind of new Set([...tb.keys(), ...ta.keys()])) {
    const [b, a] = [tb.get(kind), ta.get(kind)];
    const place = { group: tableLabel(kind), table: kind };
    if (!b || !a) {
      compareValue(place, undefined, "text", b && `共 ${b.rows.length} 行`, a && `共 ${a.rows.length} 行`, out);
      continue;
    }
    compareValue(place, "表下说明", "prose", b.note, a.note, out);
    compareItems(place, rowItems(b, before.year), rowItems(a, after.year), out);
  }
  // tables kept as printed have no kind to match them by: they are matched by their place among them
  const [ob, oa] = [otherTables(before), otherTables(after)];
  for (let i = 0; i < Math.max(ob.length, oa.length); i++) {
    const [b, a] = [ob[i], oa[i]];
    const place = { group: (a ?? b)!.title || `${tableLabel("other")}（第 ${i + 1} 张）`, table: "other" as const };
    if (!b || !a) {
      compareValue(place, undefined, "text", b && `共 ${b.rows.length} 行`, a && `共 ${a.rows.length} 行`, out);
      continue;
    }
    compareValue(place, "金额单位", "text", b.unit, a.unit, out);
    compareValue(place, "表下说明", "prose", b.note, a.note, out);
    compareItems(place, printedRowItems(b), printedRowItems(a), out);
  }
}

function compareTargets(before: ProjectTarget[], after: ProjectTarget[], out: DocumentChange[]) {
  const key = (t: ProjectTarget) => t.projectCode || t.projectName;
  const [tb, ta] = [new Map(before.map((t) => [key(t), t])), new Map(after.map((t) => [key(t), t]))];
  for (const k of new Set([...tb.keys(), ...ta.keys()])) {
    const [b, a] = [tb.get(k), ta.get(k)];
    const target = (a ?? b)!;
    const place = { group: `项目绩效目标 · ${codeAndName(target.projectCode, target.projectName)}` };
    compareValue(place, "项目名称", "text", b?.projectName, a?.projectName, out);
    compareValue(place, "项目金额", "amount", b?.amount, a?.amount, out);
    compareValue(place, "项目概述", "prose", b?.overview, a?.overview, out);
    compareValue(place, "立项依据", "prose", b?.basis, a?.basis, out);
    compareValue(place, "项目绩效目标", "prose", b?.goal, a?.goal, out);
    compareItems(place, indicatorItems(b?.indicators ?? []), indicatorItems(a?.indicators ?? []), out);
  }
}

const selfEvaluationItems = (doc: DisclosureDocument): Item[] =>
  (doc.performance.selfEvaluations ?? []).map((e) => ({
    key: e.projectCode || e.projectName,
    label: codeAndName(e.projectCode, e.projectName),
    fields: (["projectName", "budget", "actual", "score", "grade", "gaps"] as const).map((field) => ({
      column: SELF_EVALUATION_LABELS[field],
      value: field === "budget" || field === "actual" ? "amount" : field === "gaps" ? "prose" : "text",
      text: e[field],
    })),
  }));

const sectionTitle = (heading: string) => heading.replace(/^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分\s*)/, "");

/**
 * What differs between two versions of a disclosure: the basic facts, the narrative section by
 * section, tables cell by cell (rows matched by side, code and name), projects by code or name,
 * the overall target and each project's target with their indicators, the 绩效自评 by project. Pure.
 */
export function diffDocuments(before: DisclosureDocument, after: DisclosureDocument): DocumentChange[] {
  const out: DocumentChange[] = [];
  const basic = { group: "基本信息" };
  compareValue(basic, "原文金额单位", "text", before.sourceUnit, after.sourceUnit, out);
  compareValue(basic, "预算公开联系人", "text", before.contact?.name || null, after.contact?.name || null, out);
  compareValue(basic, "联系方式", "text", before.contact?.phone || null, after.contact?.phone || null, out);
  for (const { key, heading } of sectionHeadingsFor(after.kind, { ...before.sections, ...after.sections })) {
    compareValue({ group: sectionTitle(heading), section: key }, undefined, "prose", before.sections[key], after.sections[key], out);
  }
  compareTables(before, after, out);
  const projectItems = (doc: DisclosureDocument): Item[] =>
    doc.projects.map((p) => ({
      key: p.code || p.name,
      label: codeAndName(p.code, p.name),
      fields: [
        { column: "项目名称", value: "text", text: p.name },
        { column: "金额", value: "amount", text: p.amount },
        { column: "项目类别", value: "text", text: p.category },
        { column: "功能科目编码", value: "text", text: p.functionCode },
      ],
    }));
  compareItems({ group: "项目支出" }, projectItems(before), projectItems(after), out);
  const overall = { group: "部门（单位）整体支出绩效目标" };
  compareValue(overall, "绩效目标", "prose", before.performance.overall?.goal, after.performance.overall?.goal, out);
  compareItems(overall, indicatorItems(before.performance.overall?.indicators ?? []), indicatorItems(after.performance.overall?.indicators ?? []), out);
  compareTargets(before.performance.projects, after.performance.projects, out);
  compareItems({ group: "项目支出绩效自评" }, selfEvaluationItems(before), selfEvaluationItems(after), out);
  return out;
}
