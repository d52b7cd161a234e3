import { actionLabel } from "./audit-actions";
import { formatTime } from "./format-time";

const TARGET_LABELS: Record<string, string> = {
  user: "用户",
  department: "部门",
  disclosure: "公开文件",
  api_token: "接口令牌",
  session: "会话",
  review_comment: "审核意见",
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

/** Stored JSON, indented, shown as text. */
function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <p className="text-sm font-medium">{label}</p>
      {/* focusable: a long value scrolls inside its box, and a keyboard must reach it */}
      <pre tabIndex={0} className="mt-1 max-h-72 overflow-auto rounded border border-stone-200 bg-stone-50 p-2 text-xs break-all whitespace-pre-wrap">
        {value === null || value === undefined ? "（无）" : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

/** One entry of the audit log: when, who, what, on what, the outcome, and the data before and after. */
export function AuditEntry({ entry }: { entry: AuditEntryView }) {
  const hasData = entry.before != null || entry.after != null;
  return (
    <article aria-label={`${formatTime(entry.at)} ${actionLabel(entry.action)}`} className="rounded border border-stone-200 bg-white p-3" data-testid="audit-entry">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <time dateTime={entry.at.toISOString()} className="tabular-nums">
          {formatTime(entry.at)}
        </time>
        <span className="font-medium">
          {actionLabel(entry.action)} <code className="text-sm text-stone-600">{entry.action}</code>
        </span>
        <span className={entry.success ? "text-green-800" : "font-medium text-red-800"}>{entry.success ? "成功" : "失败"}</span>
      </div>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-stone-700">
        <dt>操作人</dt>
        <dd className="break-all">{entry.actorEmail ?? "（未知）"}</dd>
        {entry.targetType ? (
          <>
            <dt>对象</dt>
            <dd className="break-all">
              {TARGET_LABELS[entry.targetType] ?? entry.targetType} {entry.targetId}
            </dd>
          </>
        ) : null}
        {entry.detail ? (
          <>
            <dt>说明</dt>
            <dd className="break-all">{entry.detail}</dd>
          </>
        ) : null}
        {entry.ip ? (
          <>
            <dt>来源地址</dt>
            <dd>{entry.ip}</dd>
          </>
        ) : null}
      </dl>
      {hasData ? (
        <div className="mt-2 grid gap-2 md:grid-cols-2">
          <JsonBlock label="变更前" value={entry.before} />
          <JsonBlock label="变更后" value={entry.after} />
        </div>
      ) : null}
    </article>
  );
}
