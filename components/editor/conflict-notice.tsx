"use client";

import { SentenceDiff } from "@/components/review/sentence-diff";
import type { DocumentChange } from "@/lib/disclosure/diff";
import { formatAmount } from "@/lib/money";

type Change = Pick<DocumentChange, "where" | "before" | "after"> & Partial<Pick<DocumentChange, "value">>;

const shown = (c: Change, text: string | null) => (text === null ? "（空）" : c.value === "amount" ? `${formatAmount(text, { unit: "元" })} 元` : text);

/** A refused stale save: what differs from the latest version, and a way to load it. */
export function ConflictNotice({ message, changes, latestVersion, onReload }: { message: string; changes: Change[]; latestVersion: number | null; onReload: () => void }) {
  return (
    <div role="alert" className="rounded border border-red-400 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-semibold">{message}</p>
      {latestVersion !== null ? <p className="mt-1">最新版本号：{latestVersion}</p> : null}
      <div className="mt-2 max-h-64 overflow-auto">
        <table className="min-w-full bg-white text-left text-stone-900">
          <caption className="sr-only">最新版本与您的修改的差异</caption>
          <thead>
            <tr className="bg-stone-100">
              <th scope="col" className="px-2 py-1">位置</th>
              <th scope="col" className="px-2 py-1">最新版本</th>
              <th scope="col" className="px-2 py-1">您的修改</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c, i) => (
              <tr key={`${c.where}-${i}`} className="border-t border-stone-200 align-top">
                <th scope="row" className="px-2 py-1 font-medium">{c.where}</th>
                {c.value === "prose" ? (
                  <td colSpan={2} className="px-2 py-1">
                    <p className="text-xs text-stone-700">删除线为最新版本中有、您的修改中没有的句子，下划线为您新写的句子：</p>
                    <SentenceDiff before={c.before} after={c.after} />
                  </td>
                ) : (
                  <>
                    <td className="px-2 py-1 whitespace-pre-wrap tabular-nums">{shown(c, c.before)}</td>
                    <td className="px-2 py-1 whitespace-pre-wrap tabular-nums">{shown(c, c.after)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2">您的修改没有写入。载入最新版本会放弃本页未保存的修改，请先记下需要保留的内容。</p>
      <button type="button" onClick={onReload} className="mt-2 rounded bg-red-800 px-3 py-1.5 text-white hover:bg-red-900">
        载入最新版本
      </button>
    </div>
  );
}
