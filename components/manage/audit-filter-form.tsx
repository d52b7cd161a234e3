import Link from "next/link";
import { AUDIT_ACTION_LABELS } from "./audit-actions";
import { inputClass, primaryButton, secondaryButton } from "./styles";

export interface AuditFilterValues {
  email?: string;
  department?: string;
  action?: string;
  from?: string;
  to?: string;
  success?: string;
}

/** The audit log's filters, sent in the URL (a GET form: works without script, can be bookmarked). */
export function AuditFilterForm({ values }: { values: AuditFilterValues }) {
  const actions = Object.keys(AUDIT_ACTION_LABELS);
  if (values.action && !actions.includes(values.action)) actions.push(values.action);
  return (
    <form method="get" role="search" aria-label="筛选审计日志" className="mb-4 grid gap-3 rounded border border-stone-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-3">
      <div>
        <label htmlFor="email" className="block font-medium">
          操作人邮箱
        </label>
        <input id="email" name="email" type="email" defaultValue={values.email ?? ""} className={inputClass} />
      </div>
      <div>
        <label htmlFor="department" className="block font-medium">
          部门编号
        </label>
        <input id="department" name="department" defaultValue={values.department ?? ""} placeholder="例如 500109-134" aria-describedby="department-hint" className={inputClass} />
        <p id="department-hint" className="mt-1 text-xs text-stone-600">
          该部门及其公开文件的记录
        </p>
      </div>
      <div>
        <label htmlFor="action" className="block font-medium">
          操作类型
        </label>
        <select id="action" name="action" defaultValue={values.action ?? ""} className={inputClass}>
          <option value="">全部操作</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {AUDIT_ACTION_LABELS[a] ?? a}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="from" className="block font-medium">
          起始日期
        </label>
        <input id="from" name="from" type="date" defaultValue={values.from ?? ""} className={inputClass} />
      </div>
      <div>
        <label htmlFor="to" className="block font-medium">
          截止日期（含当日）
        </label>
        <input id="to" name="to" type="date" defaultValue={values.to ?? ""} className={inputClass} />
      </div>
      <div>
        <label htmlFor="success" className="block font-medium">
          结果
        </label>
        <select id="success" name="success" defaultValue={values.success ?? ""} className={inputClass}>
          <option value="">全部</option>
          <option value="true">成功</option>
          <option value="false">失败</option>
        </select>
      </div>
      <div className="flex flex-wrap gap-3 sm:col-span-2 lg:col-span-3">
        <button type="submit" className={primaryButton}>
          筛选
        </button>
        <Link href="/admin/audit" className={secondaryButton}>
          清除筛选
        </Link>
      </div>
    </form>
  );
}
