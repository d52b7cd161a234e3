"use client";

import type { ReactNode } from "react";
import type { CarryOver } from "@/lib/disclosure/carry-over";

/** What each kind of mark asks of the contact. */
export const MARK_NOTES = {
  section: "沿用上年文字，年份已顺延；其中的金额和增减情况须按本年预算更新",
  project: "上年项目，请确认是否继续",
  overall: "沿用上年的整体绩效目标和指标，请按本年工作核对",
  target: "沿用上年的项目绩效目标，指标值为上年目标，请核对",
} as const;

export const markButton = "rounded border border-stone-500 bg-white px-2 py-0.5 text-sm text-stone-900 hover:bg-stone-100";

/** A part carried over from last year that waits for the contact: a 待确认 badge, what to check, and the buttons that settle it. */
export function PendingMark({ note, children }: { note: string; children?: ReactNode }) {
  return (
    <div data-testid="carry-over-mark" className="mt-1 flex flex-wrap items-center gap-2 rounded border border-amber-400 bg-amber-50 px-2 py-1 text-sm text-amber-950">
      <span className="rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold">待确认</span>
      <span>{note}</span>
      {children}
    </div>
  );
}

/** How many carried-over parts still wait, near the top of the editor. */
export function CarryOverSummary({ count, from }: { count: number; from: CarryOver["from"] }) {
  if (count === 0) return null;
  return (
    <p role="status" className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-amber-950">
      <strong>沿用上年：{count} 项待确认</strong>
      <span className="ml-2 text-sm">
        {from ? `本草稿沿用 ${from.year} 年已公开文件新建。` : ""}请逐项核对标有“待确认”的部分，确认沿用、更新或删除后保存。
      </span>
    </p>
  );
}
