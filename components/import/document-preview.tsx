import { Narrative } from "@/components/disclosure/narrative";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { presentSections } from "@/lib/disclosure/section-headings";
import type { PlacedFindings } from "@/lib/imports/preview-findings";
import { SOURCE_TYPES } from "@/lib/imports/source-format";
import { PartFindings } from "./part-findings";
import { PreviewTable } from "./preview-table";

/** 项目 and 绩效目标 in a few lines: how many were read, with how many indicators. */
function PerformanceSummary({ doc }: { doc: DisclosureDocument }) {
  const { overall, projects: targets } = doc.performance;
  const indicators = targets.reduce((n, t) => n + t.indicators.length, 0);
  return (
    <section aria-labelledby="preview-performance" className="min-w-0 rounded border border-stone-300 bg-white p-3">
      <h3 id="preview-performance" className="font-semibold">项目和绩效目标</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        <li>项目支出：{doc.projects.length} 个项目</li>
        <li>部门（单位）整体支出绩效目标：{overall ? `已读出，绩效指标 ${overall.indicators.length} 个` : "未读出"}</li>
        <li>项目支出绩效目标：{targets.length} 个{targets.length > 0 ? `，绩效指标共 ${indicators} 个` : ""}</li>
      </ul>
    </section>
  );
}

/**
 * What the importer read from a file, before it is saved: who and what it is, the narrative
 * (collapsed), every table with its figures in the document's own unit as the public page prints
 * them, and the projects and targets in brief, each with its findings beside it.
 */
export function DocumentPreview({ doc, findings }: { doc: DisclosureDocument; findings: PlacedFindings }) {
  const sections = presentSections(doc).length;
  return (
    <section aria-labelledby="parsed-heading" className="min-w-0 space-y-4 rounded border border-stone-200 bg-white p-4">
      <h2 id="parsed-heading" className="text-lg font-semibold">解析结果</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-stone-600">部门</dt>
        <dd>{doc.district} · {doc.department.name}（部门编码 {doc.department.code}）</dd>
        <dt className="text-stone-600">文件</dt>
        <dd>{doc.year} 年{KIND_LABELS[doc.kind]}，金额单位：{doc.sourceUnit}</dd>
        {doc.source ? (
          <>
            <dt className="text-stone-600">原文件</dt>
            <dd className="break-all">
              {doc.source.fileName}（{SOURCE_TYPES[doc.source.format].label}
              {doc.source.format === "pdf" && doc.source.pages ? `，${doc.source.pages} 页` : ""}）
            </dd>
          </>
        ) : null}
        <dt className="text-stone-600">联系人</dt>
        <dd>{doc.contact ? `${doc.contact.name} ${doc.contact.phone}` : "未注明"}</dd>
      </dl>
      <details className="rounded border border-stone-300 p-3">
        <summary className="cursor-pointer font-medium">文字说明（{sections > 0 ? `共 ${sections} 部分` : "未读出"}）</summary>
        <div className="mt-2">
          <Narrative doc={doc} />
        </div>
      </details>
      <h3 className="font-semibold">表格（{doc.tables.length} 张）</h3>
      {doc.tables.length === 0 ? <p className="text-sm text-stone-700">没有读出表格。</p> : null}
      {doc.tables.map((t, i) => (
        <PreviewTable key={i} table={t} index={i} unit={doc.sourceUnit} year={doc.year} findings={findings.tables[i]!} />
      ))}
      <div className="grid gap-3 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <PerformanceSummary doc={doc} />
        <PartFindings id="preview-performance-findings" part="项目和绩效目标" findings={findings.performance} />
      </div>
    </section>
  );
}
