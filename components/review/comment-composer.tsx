"use client";

import { useEffect, useRef, useState } from "react";
import type { Anchor } from "@/components/editor/anchors";
import type { HeadingContext } from "@/lib/disclosure/column-headings";
import { anchorLabel } from "./anchor-label";

export interface PendingComment {
  anchor: Anchor;
  body: string;
}

/** Writes a comment on the place picked in the document; it is sent with the next review step. */
export function CommentComposer({ target, context, onAdd, onCancel }: { target: Anchor; context: HeadingContext; onAdd: (comment: PendingComment) => void; onCancel: () => void }) {
  const [body, setBody] = useState("");
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), [target]);
  return (
    <div className="rounded border border-sky-400 bg-sky-50 p-3">
      <label htmlFor="comment-body" className="block text-sm font-medium">
        批注位置：{anchorLabel(target, context)}
      </label>
      <textarea id="comment-body" ref={field} rows={3} value={body} onChange={(e) => setBody(e.target.value)} className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          disabled={body.trim() === ""}
          onClick={() => {
            onAdd({ anchor: target, body: body.trim() });
            setBody("");
          }}
          className="rounded bg-sky-800 px-3 py-1 text-sm text-white hover:bg-sky-900 disabled:opacity-60"
        >
          添加批注
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-100">
          取消
        </button>
      </div>
    </div>
  );
}
