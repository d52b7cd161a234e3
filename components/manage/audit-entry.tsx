import Link from "next/link";
import { type AuditNames, auditDetail, auditFields, LONG_VALUE } from "@/app/admin/audit/audit-fields";
import { actionLabel } from "./audit-actions";
import { formatTime } from "./format-time";
import { linkClass } from "./styles";

const TARGET_LABELS: Record<string, string> = {
  user: "用户",
  department: "部门",
  disclosure: "公开文件",
  api_token: "接口令牌",
  session: "登录会话",
  review_comment: "审核意见",
  import_job: "批量导入",
  feedback: "公众意见",
};

export interface AuditEntryView {
  id: number;
  at: Date;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  success: boolean;
  detail: string | null;
  ip: string | null;
}

/** A value, collapsed when it is long (a narrative, a whole document). */
function Value({ text }: { text: string | null }) {
  if (text === null) return <span className="text-stone-600">（无）</span>;
  if (text.length <= LONG_VALUE) return <span className="break-all whitespace-pre-wrap">{text}</span>;
  return (
    <details>
      <summary className="cursor-pointer text-brand-700 underline">{text.slice(0, 40)}…（共 {text.length} 字，展开）</summary>
      <p className="mt-1 max-h-72 overflow-auto break-all whitespace-pre-wrap">{text}</p>
    </details>
  );
}

/** What the entry is about: the object's title linked to its page, never a bare id. */
function Target({ entry, names }: { entry: AuditEntryView; names: AuditNames }) {
  const type = entry.targetType!;
  const named = entry.targetId ? names.get(`${type}:${entry.targetId}`) : undefined;
  return (
    <>
      {TARGET_LABELS[type] ?? type}
      {named ? (
        <>
          {" "}
          {named.href ? <Link href={named.href} className={linkClass}>{named.label}</Link> : named.label}
        </>
      ) : entry.targetId && type !== "session" ? (
        <span className="text-stone-600">（已不存在）</span>
      ) : null}
    </>
  );
}

/** One entry of the audit log: when, who, what, on what, the outcome, and what changed. */
export function AuditEntry({ entry, names }: { entry: AuditEntryView; names: AuditNames }) {
  const { fields, changes, both } = auditFields({ targetType: entry.targetType, before: entry.before, after: entry.after, names });
  return (
    <article aria-label={`${formatTime(entry.at)} ${actionLabel(entry.action)}`} className="rounded border border-stone-200 bg-white p-3" data-testid="audit-entry" data-action={entry.action}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <time dateTime={entry.at.toISOString()} className="tabular-nums">
          {formatTime(entry.at)}
        </time>
        <span className="font-medium">{actionLabel(entry.action)}</span>
        <span className={entry.success ? "text-green-800" : "font-medium text-red-800"}>{entry.success ? "成功" : "失败"}</span>
      </div>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-stone-700">
        <dt>操作人</dt>
        <dd className="break-all">{entry.actorEmail ?? "（未知）"}</dd>
        {entry.targetType ? (
          <>
            <dt>对象</dt>
            <dd className="break-all">
              <Target entry={entry} names={names} />
            </dd>
          </>
        ) : null}
        {entry.detail ? (
          <>
            <dt>说明</dt>
            <dd className="break-all">{auditDetail(entry.detail)}</dd>
          </>
        ) : null}
        {entry.ip ? (
          <>
            <dt>来源地址</dt>
            <dd>{entry.ip}</dd>
          </>
        ) : null}
      </dl>
      {fields.length ? (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm [&_td]:border-t [&_td]:border-stone-200 [&_td]:px-2 [&_td]:py-1 [&_th]:px-2 [&_th]:py-1">
            <caption className="sr-only">变更内容</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col">项目</th>
                {both ? <th scope="col">变更前</th> : null}
                <th scope="col">{both ? "变更后" : "内容"}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((f, i) => (
                <tr key={i} className="align-top">
                  <th scope="row" className="border-t border-stone-200 font-normal whitespace-nowrap">{f.label}</th>
                  {both ? <td><Value text={f.before} /></td> : null}
                  <td><Value text={both ? f.after : (f.after ?? f.before)} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {changes.length ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-brand-700 underline">修改内容（{changes.length} 处，展开）</summary>
          <ul className="mt-1 space-y-1">
            {changes.map((c, i) => (
              <li key={i} className="border-t border-stone-200 pt-1">
                <p className="font-medium">{c.where}</p>
                <div>
                  变更前：<Value text={c.before} />
                </div>
                <div>
                  变更后：<Value text={c.after} />
                </div>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
