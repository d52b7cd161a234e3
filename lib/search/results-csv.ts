import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { csvFile } from "./csv-cell";

export const RESULTS_CSV_HEADER = ["区县", "区县代码", "部门", "部门编码", "年度", "类别", "支出合计（元）", "基本支出（元）", "项目支出（元）", "“三公”经费（元）", "公开日期", "链接"];

export interface ResultLine {
  district: string;
  department: { key: string; code: string; name: string };
  year: number;
  kind: keyof typeof KIND_LABELS;
  totals: { expenditure: string | null; basic: string | null; project: string | null; threePublic: string | null };
  publishedOn: string | null;
  url: string;
}

/**
 * The search results, one line each, amounts in 元 exactly as stored (blank stays empty), each
 * with its address on `origin`; when the download holds only the first `limit` of `total`, a last
 * line says so.
 */
export function searchResultsCsv({ items, total, limit, origin }: { items: ResultLine[]; total: number; limit: number; origin: string }): string {
  const lines = items.map((d) => [
    d.district,
    d.department.key.split("-")[0]!,
    d.department.name,
    d.department.code,
    String(d.year),
    KIND_LABELS[d.kind],
    d.totals.expenditure ?? "",
    d.totals.basic ?? "",
    d.totals.project ?? "",
    d.totals.threePublic ?? "",
    d.publishedOn ?? "",
    new URL(d.url, origin).href,
  ]);
  const n = new Intl.NumberFormat("zh-CN");
  const note = total > items.length ? [[`共 ${n.format(total)} 份，此文件只含前 ${n.format(limit)} 份；请缩小检索范围后再下载。`]] : [];
  return csvFile([RESULTS_CSV_HEADER, ...lines, ...note]);
}
