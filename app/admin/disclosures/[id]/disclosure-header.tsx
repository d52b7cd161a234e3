import Link from "next/link";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { STATUS_LABELS, type DisclosureStatus } from "@/lib/disclosure/status";

interface Props {
  title: string;
  district: string;
  year: number;
  kind: keyof typeof KIND_LABELS;
  status: DisclosureStatus;
  version: number;
  revision: number;
  findings: { total: number; errors: number };
  retractionReason: string | null;
}

/** Which disclosure this is and where it stands in the workflow. */
export function DisclosureHeader({ title, district, year, kind, status, version, revision, findings, retractionReason }: Props) {
  return (
    <header className="mb-6 space-y-2">
      <p className="text-sm">
        <Link href="/admin" className="underline">工作台</Link>
      </p>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex gap-1"><dt className="text-stone-600">区县</dt><dd>{district}</dd></div>
        <div className="flex gap-1"><dt className="text-stone-600">年度</dt><dd>{year} 年{KIND_LABELS[kind]}</dd></div>
        <div className="flex gap-1"><dt className="text-stone-600">状态</dt><dd data-testid="disclosure-status" className="font-medium">{STATUS_LABELS[status]}</dd></div>
        <div className="flex gap-1"><dt className="text-stone-600">修订</dt><dd data-testid="disclosure-revision">第 {revision} 版</dd></div>
        <div className="flex gap-1"><dt className="text-stone-600">版本号</dt><dd data-testid="disclosure-version">{version}</dd></div>
        <div className="flex gap-1">
          <dt className="text-stone-600">保存时校验</dt>
          <dd>{findings.total === 0 ? "无问题" : `${findings.total} 条（其中错误 ${findings.errors} 条）`}</dd>
        </div>
      </dl>
      {retractionReason ? (
        <p className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">撤回理由：{retractionReason}</p>
      ) : null}
    </header>
  );
}
