"use client";

import { jumpTo } from "@/components/editor/anchors";
import type { HeadingContext } from "@/lib/disclosure/column-headings";
import { anchorLabel } from "./anchor-label";
import { AnswerForm } from "./answer-form";
import type { ReviewComment } from "./review-comment";

const when = (iso: string) => new Date(iso).toLocaleString("zh-CN", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });

/** The review comments, each with its place (a link to it), its author and the editor's answer. */
export function CommentList({ comments, context, disclosureId, canAnswer }: { comments: ReviewComment[]; context: HeadingContext; disclosureId: string; canAnswer: boolean }) {
  return (
    <section aria-labelledby="comments-heading" className="rounded border border-stone-300 bg-white p-3">
      <h2 id="comments-heading" className="font-semibold">审核批注（{comments.length}）</h2>
      {comments.length === 0 ? <p className="mt-1 text-sm text-stone-700">暂无批注。</p> : null}
      <ol className="mt-2 space-y-3">
        {comments.map((c) => (
          <li key={c.id} data-testid="review-comment" className="rounded border border-sky-200 bg-sky-50 p-2 text-sm">
            <button type="button" onClick={() => jumpTo(c.anchor)} className="font-medium text-sky-900 underline">
              {anchorLabel(c.anchor, context)}
            </button>
            <p className="mt-1 whitespace-pre-wrap">{c.body}</p>
            <p className="mt-1 text-xs text-stone-600">
              {c.author} · {when(c.createdAt)}
            </p>
            {c.answer ? (
              <div className="mt-2 rounded bg-white p-2">
                <p className="text-xs text-stone-600">
                  答复（{c.answeredBy ?? ""}{c.answeredAt ? ` · ${when(c.answeredAt)}` : ""}）
                </p>
                <p className="whitespace-pre-wrap">{c.answer}</p>
              </div>
            ) : null}
            {canAnswer ? <AnswerForm disclosureId={disclosureId} commentId={c.id} current={c.answer} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
