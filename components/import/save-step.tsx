"use client";

import { inputClass, primaryButton } from "@/components/manage/styles";
import type { PreviewAssignment } from "@/lib/imports/assign-department";
import { DepartmentChoice } from "./department-choice";

/**
 * The last step of an import: the 更正原因 first when the year is already published (required,
 * shown to the public), the department it goes under, and 保存, disabled until both are given.
 */
export function SaveStep({
  assignment,
  districts,
  department,
  onDepartment,
  reason,
  onReason,
  needsReason,
  checking,
  busy,
  onSave,
}: {
  assignment: PreviewAssignment;
  districts: { code: string; name: string }[];
  department: string;
  onDepartment: (key: string) => void;
  reason: string;
  onReason: (reason: string) => void;
  needsReason: boolean;
  /** still asking whether the department chosen has published that year */
  checking: boolean;
  busy: boolean;
  onSave: () => void;
}) {
  const blocked =
    assignment.state === "choose" && !department
      ? "请先选择所属部门。"
      : checking
        ? "正在查询该部门是否已公开该年度的文件…"
        : needsReason && !reason.trim()
          ? "请先填写更正原因。"
          : null;
  return (
    <section aria-labelledby="save-heading" className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <h2 id="save-heading" className="font-semibold">保存为草稿</h2>
      {needsReason ? (
        <div>
          <label htmlFor="revision-reason" className="block font-medium">
            更正原因<span className="text-red-800">（必填，向公众公开）</span>
          </label>
          <p id="revision-reason-hint" className="text-sm text-stone-700">
            写明这次更正改了什么、为什么改，如“按部门重新印发的文件更正项目支出金额”。
          </p>
          <textarea
            id="revision-reason"
            value={reason}
            onChange={(e) => onReason(e.target.value)}
            required
            aria-required="true"
            aria-describedby="revision-reason-hint"
            maxLength={2000}
            rows={2}
            className={inputClass}
          />
        </div>
      ) : null}
      <DepartmentChoice assignment={assignment} districts={districts} value={department} onChange={onDepartment} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={onSave} disabled={busy || blocked !== null} aria-describedby={blocked ? "save-blocked" : undefined} className={primaryButton}>
          保存为草稿（连同原文件）
        </button>
        {blocked ? <p id="save-blocked" className="text-sm text-stone-700">{blocked}</p> : null}
      </div>
    </section>
  );
}
