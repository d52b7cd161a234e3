import { FILE_STATUS_LABELS } from "@/components/import/job-labels";
import type { DocumentChange } from "@/lib/disclosure/diff";
import { tableColumnLabel, tableLabel } from "@/lib/disclosure/labels";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { SECTION_KEYS, type SectionKey } from "@/lib/disclosure/schema";
import { sectionHeading } from "@/lib/disclosure/section-headings";
import { STATUS_LABELS } from "@/lib/disclosure/status";
import { CATEGORY_LABELS, STATUS_LABELS as FEEDBACK_STATUS_LABELS } from "@/lib/feedback/labels";
import { SOURCE_TYPES } from "@/lib/imports/source-format";
import { formatAmount } from "@/lib/money";
import { ROLE_LABELS } from "@/lib/users/schema";

/** Every key the app writes into an entry's before/after (grep recordAudit), as a person names it. */
const FIELD_LABELS: Record<string, string> = {
  status: "状态",
  version: "版本号",
  comments: "意见条数",
  errors: "错误条数",
  warnings: "警告条数",
  override: "说明",
  reason: "理由",
  department: "部门",
  year: "年度",
  kind: "类别",
  revision: "修订",
  source: "来源",
  departmentCreated: "新建部门",
  findings: "校验问题条数",
  file: "原文件",
  fileName: "文件名",
  format: "格式",
  sha256: "校验值（SHA-256）",
  pages: "页数",
  sizeBytes: "大小",
  importFindings: "导入问题条数",
  changes: "修改内容",
  email: "邮箱",
  name: "名称",
  role: "角色",
  departments: "负责部门",
  districts: "审核区县",
  disabled: "已停用",
  passwordChanged: "已重设密码",
  unlocked: "已清除登录失败记录",
  sessionsRevoked: "登录会话已失效",
  key: "部门编号",
  parent: "上级部门",
  contactName: "联系人",
  contactPhone: "联系电话",
  prefix: "令牌前缀",
  user: "所属用户",
  revoked: "已吊销",
  answer: "答复",
  answerPublic: "答复公开",
  trackingCode: "查询码",
  category: "意见类别",
  messageLength: "留言字数",
  disclosureId: "公开文件",
  departmentId: "部门",
  tableKind: "表格",
  rowRef: "行",
  files: "文件数",
  bytes: "大小",
  total: "文件总数",
  ...FILE_STATUS_LABELS,
};

const TARGET_FIELD_LABELS: Record<string, Record<string, string>> = { user: { name: "姓名" } };

/** What the entries' `detail` says in English (sign-in and session records), in Chinese. */
const DETAIL_LABELS: Record<string, string> = {
  "unknown email": "邮箱未注册",
  // "account locked" and "locked until …": entries from before sign-ins were throttled instead
  "account locked": "账号已锁定",
  throttled: "登录失败过多，暂停核对密码",
  "wrong password": "密码错误",
  "account disabled": "账号已停用",
  disabled: "账号已停用",
  revoked: "账号已变更，会话失效",
  expired: "登录已超过最长时限",
  idle: "长时间未操作",
};

/** Values longer than this are collapsed. */
export const LONG_VALUE = 200;

/** An object the audit log names by id, resolved for the page: “type:id” → its title and page. */
export type AuditNames = Map<string, { label: string; href?: string }>;

export interface AuditField {
  label: string;
  before: string | null;
  after: string | null;
}

export interface AuditDocumentChange {
  where: string;
  before: string | null;
  after: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const fieldLabel = (key: string, targetType: string | null) => TARGET_FIELD_LABELS[targetType ?? ""]?.[key] ?? FIELD_LABELS[key] ?? key;

function formatValue(key: string, value: unknown, targetType: string | null, names: AuditNames): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? "是" : "否";
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(key, v, targetType, names)).join("、") : "（无）";
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([k, v]) => `${fieldLabel(k, targetType)}：${formatValue(k, v, targetType, names) ?? "（无）"}`)
      .join("；");
  }
  const text = String(value);
  switch (key) {
    case "status":
      return ((targetType === "feedback" ? FEEDBACK_STATUS_LABELS : STATUS_LABELS) as Record<string, string>)[text] ?? text;
    case "role":
      return (ROLE_LABELS as Record<string, string>)[text] ?? text;
    case "kind":
      return (KIND_LABELS as Record<string, string>)[text] ?? text;
    case "category":
      return (CATEGORY_LABELS as Record<string, string>)[text] ?? text;
    case "tableKind":
      return tableLabel(text);
    case "revision":
      return `第 ${text} 版`;
    case "format":
      return (SOURCE_TYPES as Record<string, { label: string }>)[text]?.label ?? text;
    case "bytes":
    case "sizeBytes":
      return `${text} 字节`;
    case "disclosureId":
      return names.get(`disclosure:${text}`)?.label ?? text;
    case "departmentId":
      return names.get(`department:${text}`)?.label ?? text;
    default:
      return text;
  }
}

const LEGACY_PLACES: Record<string, string> = {
  sourceUnit: "基本信息 · 原文金额单位",
  contact: "基本信息 · 预算公开联系人",
  projects: "项目支出",
  "performance.overall": "部门（单位）整体支出绩效目标",
  "performance.projects": "项目绩效目标",
};

/** The place of a change saved before changes were located in words (“tables.three_public[合计].total”). */
function legacyWhere(where: string): string {
  if (LEGACY_PLACES[where]) return LEGACY_PLACES[where];
  const section = /^sections\.(\w+)$/.exec(where);
  // changes were located in words before the portal held 决算: a legacy one is a budget's
  if (section) return SECTION_KEYS.includes(section[1] as SectionKey) ? sectionHeading("budget", section[1] as SectionKey) : section[1]!;
  const other = /^tables\.other\[(\d+)\]$/.exec(where);
  if (other) return `${tableLabel("other")}（第 ${other[1]} 张）`;
  const table = /^tables\.(\w+)(?:\.note|\[(.*)\](?:\.(\w+))?)?$/.exec(where);
  if (!table) return where;
  const [, kind, row, column] = table as unknown as [string, string, string | undefined, string | undefined];
  const note = where.endsWith(".note") && row === undefined ? "表下说明" : undefined;
  return [tableLabel(kind), row, column && tableColumnLabel(kind as Parameters<typeof tableColumnLabel>[0], column), note].filter(Boolean).join(" · ");
}

/** A saved change as a person reads it: its place in words, amounts in 元 with separators. */
function documentChange(raw: unknown): AuditDocumentChange | null {
  if (!isRecord(raw) || typeof raw.where !== "string") return null;
  const c = raw as Partial<DocumentChange> & { where: string };
  const text = (v: unknown) => (v === null || v === undefined ? null : c.value === "amount" ? `${formatAmount(String(v), { unit: "元" })} 元` : String(v));
  return { where: c.group === undefined ? legacyWhere(c.where) : c.where, before: text(c.before), after: text(c.after) };
}

/**
 * An entry's before and after as rows of 字段 / 变更前 / 变更后: field names and values in Chinese,
 * a field equal on both sides left out; a save's document changes listed apart.
 */
export function auditFields({ targetType, before, after, names }: { targetType: string | null; before: unknown; after: unknown; names: AuditNames }) {
  const [b, a] = [isRecord(before) ? before : before == null ? {} : { value: before }, isRecord(after) ? after : after == null ? {} : { value: after }];
  const both = before != null && after != null;
  const fields: AuditField[] = [];
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (key === "changes") continue;
    const [vb, va] = [formatValue(key, b[key], targetType, names), formatValue(key, a[key], targetType, names)];
    if (vb === va) continue;
    fields.push({ label: key === "value" ? "内容" : fieldLabel(key, targetType), before: vb, after: va });
  }
  const changes = [b.changes, a.changes].flatMap((list) => (Array.isArray(list) ? list.map(documentChange).filter((c) => c !== null) : []));
  return { fields, changes, both };
}

/** An entry's detail in Chinese where it is one of the app's own English notes. */
export function auditDetail(detail: string): string {
  const locked = /^locked until (.+)$/.exec(detail);
  if (locked) {
    const until = new Date(locked[1]!);
    return Number.isNaN(until.getTime()) ? detail : `锁定至 ${until.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })}`;
  }
  const attack = /^(\d+) failures from (\d+) addresses in (\d+) minutes$/.exec(detail);
  if (attack) return `${attack[3]} 分钟内登录失败 ${attack[1]} 次，来自 ${attack[2]} 个地址`;
  return DETAIL_LABELS[detail] ?? detail;
}
