"use client";

import { type ReactNode, useMemo, useState } from "react";
import { type Anchor, anchorKey } from "@/components/editor/anchors";
import { FindingsPanel } from "@/components/editor/findings-panel";
import { UnitToggle } from "@/components/editor/unit-toggle";
import type { RevisionComparison } from "@/lib/disclosure/diff";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import type { WorkflowAction } from "@/lib/disclosure/workflow";
import { gateCounts } from "@/lib/disclosure/gate";
import { checkDisclosure, type RelatedDocuments } from "@/lib/rules";
import { anchorLabel } from "./anchor-label";
import { CommentComposer, type PendingComment } from "./comment-composer";
import { CommentList } from "./comment-list";
import { CorrectionForm } from "./correction-form";
import { DocumentView } from "./document-view";
import type { ReviewComment } from "./review-comment";
import { ReviewActions } from "./review-actions";
import { RevisionChanges } from "./revision-changes";

interface Props {
  id: string;
  doc: DisclosureDocument;
  comments: ReviewComment[];
  /** the review steps the actor may take here (none: a plain read-only view) */
  actions: WorkflowAction[];
  /** the actor is an editor of this published disclosure's department */
  canCorrect?: boolean;
  /** the workflow steps so far, with the 说明 of any taken despite errors (rendered on the server) */
  steps?: ReactNode;
  /** a correction (revision > 1): what it changed since the revision it corrects, and why */
  comparison?: RevisionComparison | null;
  /** a 部门决算's published 部门预算 of that year (its figures), which the checks compare it with as the server does */
  related?: RelatedDocuments;
}

/** A disclosure read-only, with the reviewer's tools: comments on any place, then a review step. */
export function ReviewView({ id, doc, comments, actions, canCorrect = false, comparison = null, steps = null, related }: Props) {
  const [unit, setUnit] = useState(doc.sourceUnit);
  const [target, setTarget] = useState<Anchor | null>(null);
  const [pending, setPending] = useState<PendingComment[]>([]);
  const findings = useMemo(() => checkDisclosure(doc, related), [doc, related]);
  const canComment = actions.some((a) => a !== "retract");
  const commented = useMemo(() => new Set([...comments.map((c) => c.anchor), ...pending.map((p) => p.anchor)].map(anchorKey)), [comments, pending]);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-4">
        <UnitToggle unit={unit} onChange={setUnit} />
        <DocumentView doc={doc} unit={unit} commented={commented} onPick={canComment ? setTarget : undefined} />
      </div>
      <aside className="space-y-4 lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:self-start lg:overflow-y-auto">
        {comparison ? <RevisionChanges comparison={comparison} unit={unit} /> : null}
        {canComment ? (
          <section aria-labelledby="pending-heading" className="space-y-2 rounded border border-stone-300 bg-white p-3">
            <h2 id="pending-heading" className="font-semibold">待提交的批注（{pending.length}）</h2>
            {target ? (
              <CommentComposer target={target} context={doc} onAdd={(c) => setPending((p) => [...p, c])} onCancel={() => setTarget(null)} />
            ) : (
              <p className="text-sm text-stone-700">点击文件中的章节、表、行或单元格，即可在此添加批注。</p>
            )}
            <ul className="space-y-2">
              {pending.map((p, i) => (
                <li key={i} data-testid="pending-comment" className="rounded border border-sky-200 bg-sky-50 p-2 text-sm">
                  <p className="font-medium">{anchorLabel(p.anchor, doc)}</p>
                  <p className="whitespace-pre-wrap">{p.body}</p>
                  <button type="button" onClick={() => setPending((all) => all.filter((_, k) => k !== i))} className="mt-1 text-xs text-red-800 underline">
                    删除此批注
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <ReviewActions id={id} actions={actions} pending={pending} counts={gateCounts(findings)} onDone={() => setPending([])} />
        {canCorrect ? <CorrectionForm id={id} /> : null}
        {steps}
        <FindingsPanel findings={findings} context={doc} />
        <CommentList comments={comments} context={doc} disclosureId={id} canAnswer={false} />
      </aside>
    </div>
  );
}
