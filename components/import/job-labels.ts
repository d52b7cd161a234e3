import type { ImportFileStatus, ImportJobStatus } from "@/db/schema/imports";

export const JOB_STATUS_LABELS: Record<ImportJobStatus, string> = { queued: "排队中", running: "正在导入", done: "已完成", failed: "未完成" };

export const FILE_STATUS_LABELS: Record<ImportFileStatus, string> = { pending: "等待中", imported: "已导入", skipped: "已跳过", refused: "未导入", failed: "失败" };

export const FILE_STATUS_TONE: Record<ImportFileStatus, string> = {
  pending: "text-stone-700",
  imported: "text-green-800",
  skipped: "text-stone-700",
  refused: "text-red-800",
  failed: "text-red-800",
};
