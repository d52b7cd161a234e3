import { KIND_LABELS } from "./list-query";
import type { DisclosureKind } from "./schema";

/** The title a disclosure is listed under: 重庆市北碚区政务服务中心2025年部门预算 */
export const disclosureTitle = ({ departmentName, year, kind }: { departmentName: string; year: number; kind: DisclosureKind }) =>
  `${departmentName}${year}年${KIND_LABELS[kind]}`;
