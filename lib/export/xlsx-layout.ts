/**
 * The layout of the portal's XLSX export, shared by the writer and the importer that reads it
 * back: a sheet 说明 with the disclosure's identity, one sheet per table whose first rows are
 * title, unit, Chinese header and the format's column keys (字段代码), then the rows; sheets 项目
 * and 绩效指标 for projects and targets.
 */
export const META_SHEET = "说明";
export const PROJECTS_SHEET = "项目";
export const TARGETS_SHEET = "绩效目标";
export const INDICATORS_SHEET = "绩效指标";
export const KEY_ROW = 4;
export const FIRST_DATA_ROW = 5;
export const ROW_KEYS = ["code", "name", "side"] as const;

export const META_FIELDS = [
  ["format", "格式"],
  ["district", "区县"],
  ["departmentCode", "部门编码"],
  ["departmentName", "部门名称"],
  ["year", "年度"],
  ["kind", "类型（budget 预算 / final 决算）"],
  ["sourceUnit", "金额单位"],
  ["contactName", "联系人"],
  ["contactPhone", "联系方式"],
] as const;

export const PROJECT_FIELDS = ["code", "name", "amount", "category", "functionCode"] as const;
export const TARGET_FIELDS = ["target", "projectCode", "projectName", "amount", "overview", "basis", "goal"] as const;
export const INDICATOR_FIELDS = ["target", "level1", "level2", "level3", "unit", "operator", "value", "weight", "core"] as const;
