"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { z } from "zod";
import { CommentList } from "@/components/review/comment-list";
import type { ReviewComment } from "@/components/review/review-comment";
import { PrintedTable } from "@/components/disclosure/printed-table";
import { type CarryOver, openMarks, type ReviewMark, withoutMark } from "@/lib/disclosure/carry-over";
import { type DisclosureDocument, type DisclosureTable, standardTables, tableKindsFor, type TableKind } from "@/lib/disclosure/schema";
import { AddTableForm } from "./add-table-form";
import { anchorKey } from "./anchors";
import { ConflictNotice } from "./conflict-notice";
import { DisclosedOnField } from "./disclosed-on-field";
import { gateCounts } from "@/lib/disclosure/gate";
import { selfEvaluationProblems } from "@/lib/disclosure/self-evaluations";
import type { RelatedDocuments } from "@/lib/rules";
import { FindingsPanel } from "./findings-panel";
import { PerformanceForm } from "./performance-form";
import type { PerformanceValues } from "./performance-values";
import { CarryOverSummary } from "./review-mark";
import { SaveStatus } from "./save-status";
import { SelfEvaluationForm } from "./self-evaluation-form";
import { ContactEditor, SectionsEditor } from "./sections-editor";
import { SubmitButton } from "./submit-button";
import { TableGrid } from "./table-grid";
import { UnitToggle } from "./unit-toggle";
import { useFindings } from "./use-findings";
import { useLeaveWarning } from "./use-leave-warning";
import { useSave } from "./use-save";

// the shared schemas' built-in messages (a required field, a too-long text) in Chinese
z.config(z.locales.zhCN());

interface Props {
  id: string;
  version: number;
  initialDoc: DisclosureDocument;
  comments: ReviewComment[];
  canSubmit: boolean;
  /** where a carried-over or imported draft came from, and its read-only cells (上年数) */
  carryOver?: CarryOver | null;
  /** returned by the reviewer: the open comments come first */
  returned?: boolean;
  /** 部门公开日期, kept with the disclosure beside its document */
  disclosedOn?: string | null;
  /** a 部门决算's: the published 部门预算 of its department and year (its figures), which the live check compares it with */
  related?: RelatedDocuments;
}

/** The editor of a draft or returned disclosure: every part of `budget-disclosure/v1`. */
export function DisclosureEditor({ id, version: loadedVersion, initialDoc, comments, canSubmit, carryOver, returned = false, disclosedOn: initialDisclosedOn = null, related }: Props) {
  const [doc, setDoc] = useState(initialDoc);
  const [disclosedOn, setDisclosedOn] = useState(initialDisclosedOn ?? "");
  const [unit, setUnit] = useState(initialDoc.sourceUnit);
  const [reloading, setReloading] = useState(false);
  const findings = useFindings(doc, related);
  const final = doc.kind === "final";
  const evaluationProblems = useMemo(() => selfEvaluationProblems(doc), [doc]);
  // the carried-over parts the contact has not confirmed yet; a removed part waits for nothing
  const [marks, setMarks] = useState<ReviewMark[]>(carryOver?.marks ?? []);
  const pending = useMemo(() => openMarks(doc, marks), [doc, marks]);
  const confirm = useCallback((mark: ReviewMark) => setMarks((m) => withoutMark(m, mark)), []);
  const { version, dirty, state, save } = useSave({ id, version: loadedVersion, doc, marks: carryOver ? pending : undefined, disclosedOn });
  useLeaveWarning(dirty && !reloading);
  useEffect(() => {
    if (reloading) window.location.reload();
  }, [reloading]);

  const patch = useCallback((change: Partial<DisclosureDocument>) => setDoc((d) => ({ ...d, ...change })), []);
  const setTable = (kind: TableKind, table: DisclosureTable | null) =>
    setDoc((d) => ({ ...d, tables: table ? d.tables.map((t) => (t.kind === kind ? table : t)) : d.tables.filter((t) => t.kind !== kind) }));
  const setPerformance = useCallback(
    (v: PerformanceValues) => setDoc((d) => ({ ...d, projects: v.projects, performance: { ...d.performance, overall: v.overall, projects: v.targets } })),
    [],
  );
  const initialPerformance = useMemo<PerformanceValues>(
    () => ({ projects: initialDoc.projects, overall: initialDoc.performance.overall, targets: initialDoc.performance.projects }),
    [initialDoc],
  );
  const flagged = useMemo(() => new Set(findings.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => anchorKey(f))), [findings]);
  const commented = useMemo(() => new Set(comments.map((c) => anchorKey(c.anchor))), [comments]);

  return (
    <div className="grid gap-6">
      <div className="min-w-0 space-y-8">
        {returned ? (
          <p role="status" className="rounded border border-amber-500 bg-amber-50 p-3 font-medium text-amber-950">
            <a href="#editor-checks" className="underline">审核人退回修改：{comments.filter((c) => !c.answer).length} 条意见待答复</a>
          </p>
        ) : null}
        <div data-editor-toolbar className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-stone-300 bg-stone-50 py-2 shadow-sm">
          <button type="button" onClick={save} disabled={state.kind === "saving"} aria-keyshortcuts="Control+S" className="rounded bg-stone-800 px-4 py-1.5 font-medium text-white hover:bg-stone-900 disabled:opacity-60">
            {state.kind === "saving" ? "正在保存…" : "保存"}
          </button>
          <UnitToggle unit={unit} onChange={setUnit} />
          <SaveStatus state={state} dirty={dirty} version={version} doc={doc} />
          {canSubmit ? <SubmitButton id={id} dirty={dirty} counts={gateCounts(findings)} /> : null}
          <a href="#editor-checks" className="text-sm text-stone-800 underline">
            校验结果与审核批注
          </a>
        </div>
        {state.kind === "conflict" ? <ConflictNotice message={state.message} changes={state.changes} latestVersion={state.latestVersion} onReload={() => setReloading(true)} /> : null}
        <CarryOverSummary count={pending.length} from={carryOver?.from ?? null} />

        <section aria-labelledby="basic-heading" className="space-y-4">
          <h2 id="basic-heading" className="text-xl font-semibold">基本信息</h2>
          <ContactEditor doc={doc} onPatch={patch} />
          <DisclosedOnField value={disclosedOn} year={doc.year} onChange={setDisclosedOn} />
        </section>

        <section aria-labelledby="narrative-heading" className="space-y-4">
          <h2 id="narrative-heading" className="text-xl font-semibold">{final ? "部门决算情况说明" : "部门预算情况说明"}</h2>
          <SectionsEditor doc={doc} commented={commented} marks={pending} onConfirm={confirm} onPatch={patch} />
        </section>

        <section aria-labelledby="tables-heading" className="space-y-4">
          <h2 id="tables-heading" className="text-xl font-semibold">{final ? "决算公开表" : "预算公开表"}</h2>
          {doc.tables.map((table, i) =>
            table.kind === "other" ? (
              <PrintedTable key={`other-${i}`} id={`printed-table-${i}`} table={table} layout="panel">
                <p className="text-sm text-stone-700">此表在此只读，保存时原样保留；如需更正，请修改原文后重新导入。</p>
              </PrintedTable>
            ) : (
              <TableGrid
                key={table.kind}
                table={table}
                unit={unit}
                context={doc}
                readOnly={carryOver?.readOnly ?? []}
                flagged={flagged}
                commented={commented}
                onChange={(t) => setTable(table.kind, t)}
                onRemove={() => setTable(table.kind, null)}
              />
            ),
          )}
          <AddTableForm kinds={tableKindsFor(doc.kind)} present={standardTables(doc).map((t) => t.kind)} departmentName={doc.department.name} onAdd={(t) => patch({ tables: [...doc.tables, t] })} />
        </section>

        <section aria-labelledby="performance-heading" className="space-y-4">
          <h2 id="performance-heading" className="text-xl font-semibold">{final ? "项目、绩效目标与绩效自评" : "项目与绩效目标"}</h2>
          <PerformanceForm initial={initialPerformance} unit={unit} marks={pending} onConfirm={confirm} onChange={setPerformance} />
          {final ? (
            <SelfEvaluationForm
              evaluations={doc.performance.selfEvaluations ?? []}
              projects={[...doc.projects, ...doc.performance.projects.map((t) => ({ code: t.projectCode, name: t.projectName, amount: t.amount }))]}
              unit={unit}
              problems={evaluationProblems}
              onChange={(selfEvaluations) => setDoc((d) => ({ ...d, performance: { ...d.performance, selfEvaluations } }))}
            />
          ) : null}
        </section>
      </div>
      {/* below the document, so that the tables have the page's whole width */}
      <aside id="editor-checks" aria-label="校验结果与审核批注" className="grid scroll-mt-16 gap-4 lg:grid-cols-2 lg:items-start">
        {returned ? <CommentList comments={comments} context={doc} disclosureId={id} canAnswer /> : null}
        <FindingsPanel findings={findings} context={doc} />
        {returned ? null : <CommentList comments={comments} context={doc} disclosureId={id} canAnswer />}
      </aside>
    </div>
  );
}
