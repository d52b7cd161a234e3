import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Anchor } from "@/components/editor/anchors";
import { DisclosureEditor } from "@/components/editor/disclosure-editor";
import type { ReviewComment } from "@/components/review/review-comment";
import { SourcePanel } from "@/components/import/source-panel";
import { ReviewView } from "@/components/review/review-view";
import { StepHistory } from "@/components/review/step-history";
import { getDb } from "@/db/client";
import { readDisclosureDocument } from "@/db/queries/disclosure-read";
import { sourceSummaryOf } from "@/db/queries/disclosure-sources";
import { listSteps } from "@/db/queries/disclosure-steps";
import { AccessDenied, requirePageActor } from "@/lib/auth/guard";
import { canEditDepartment } from "@/lib/auth/scope";
import { loadForActor } from "@/lib/disclosure/access";
import { commentsForActor } from "@/lib/disclosure/comments";
import { relatedFigures } from "@/lib/disclosure/related-documents";
import { compareWithPreviousRevision } from "@/lib/disclosure/revision-comparison";
import { availableActions, EDITABLE_STATUSES } from "@/lib/disclosure/workflow";
import { DisclosureHeader } from "./disclosure-header";

export const metadata: Metadata = { title: "公开文件" };

export default async function DisclosurePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/admin/disclosures/${id}`);
  const db = await getDb();
  const record = await loadForActor({ db, actor, id }).catch((e: unknown) => {
    if (e instanceof AccessDenied) notFound();
    throw e;
  });
  const [doc, rows, original, steps] = await Promise.all([
    readDisclosureDocument({ db, record }),
    commentsForActor({ db, actor, disclosureId: id }),
    sourceSummaryOf({ db, disclosureId: id }),
    listSteps({ db, disclosureId: id }),
  ]);
  const { disclosure: d, department, district } = record;

  const ownDepartment = canEditDepartment(actor, department);
  const editing = ownDepartment && EDITABLE_STATUSES.includes(d.status);
  // what a correction changed is read beside the document, not in the editor
  const comparison = editing ? null : await compareWithPreviousRevision({ db, record, doc, publicOnly: false });
  // a 决算 is checked against its department's published budget of that year, as the save and the workflow check it
  const related = await relatedFigures({ db, departmentId: d.departmentId, doc: d });
  // scope already limits who sees this page; only submitting needs the department itself
  const actions = availableActions(actor.role, d.status).filter((a) => a !== "submit" || ownDepartment);
  const comments: ReviewComment[] = rows.map((c) => ({
    id: c.id,
    // validated by the comment schema when it was written
    anchor: c.anchor as Anchor,
    body: c.body,
    author: c.author,
    createdAt: c.createdAt.toISOString(),
    answer: c.answer,
    answeredBy: c.answeredBy,
    answeredAt: c.answeredAt?.toISOString() ?? null,
  }));

  return (
    <>
      <DisclosureHeader
        title={d.title}
        district={district.name}
        year={d.year}
        kind={d.kind}
        status={d.status}
        version={d.version}
        revision={d.revision}
        findings={{ total: d.findings.length, errors: d.findings.filter((f) => f.severity === "error").length }}
        retractionReason={d.retractionReason}
      />
      {original ? <SourcePanel disclosureId={d.id} {...original} /> : null}
      {editing ? (
        <DisclosureEditor key={d.id} id={d.id} version={d.version} initialDoc={doc} comments={comments} canSubmit={actions.includes("submit")} carryOver={d.carryOver} returned={d.status === "returned"} disclosedOn={d.disclosedOn} related={related} />
      ) : (
        <ReviewView
          id={d.id}
          doc={doc}
          comments={comments}
          actions={actions.filter((a) => a !== "submit")}
          canCorrect={ownDepartment && actor.role === "editor" && d.status === "published"}
          comparison={comparison}
          steps={<StepHistory steps={steps} />}
          related={related}
        />
      )}
    </>
  );
}
