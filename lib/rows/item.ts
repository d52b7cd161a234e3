import type { DisclosureKind, TableKind } from "@/lib/disclosure/schema";
import type { RowValues } from "./values";

/** One row of the row search, as GET /api/v1/rows answers it. */
export interface RowSearchItem {
  disclosureId: string;
  /** 区县 name */
  district: string;
  /** key: DISTRICTCODE-CODE */
  department: { key: string; code: string; name: string };
  year: number;
  kind: DisclosureKind;
  table: TableKind;
  /** 科目编码; "total" for a 合计 row, null where the table is not classified */
  code: string | null;
  /** 科目名称 as printed (合计 for a total) */
  name: string;
  /** amounts in 元 as exact strings, keyed as in budget-disclosure/v1 */
  values: RowValues;
}

/** The division code of the item's district: the first part of its department's key. */
export const districtCodeOf = (item: Pick<RowSearchItem, "department">) => item.department.key.split("-")[0]!;

/** The 科目编码 a person sees: none for a 合计 row. */
export const shownCode = (item: Pick<RowSearchItem, "code">) => (item.code === "total" ? "" : (item.code ?? ""));
