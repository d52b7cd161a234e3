import { AmountTable } from "@/components/disclosure/amount-table";
import { PrintedTable } from "@/components/disclosure/printed-table";
import { KIND_LABELS } from "@/lib/disclosure/list-query";
import { TABLE_LABELS } from "@/lib/disclosure/labels";
import { type DisclosureDocument, isStandardTable } from "@/lib/disclosure/schema";
import { SOURCE_TYPES } from "@/lib/imports/source-format";

/**
 * What the importer read from a file, before it is saved: who and what it is, then every table
 * with its rows and amounts in the document's own unit, as the document prints them.
 */
export function DocumentPreview({ doc }: { doc: DisclosureDocument }) {
  const targets = doc.performance.projects.length + (doc.performance.overall ? 1 : 0);
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
            <dd>
              {doc.source.fileName}（{SOURCE_TYPES[doc.source.format].label}
              {doc.source.format === "pdf" && doc.source.pages ? `，${doc.source.pages} 页` : ""}）
            </dd>
          </>
        ) : null}
        <dt className="text-stone-600">联系人</dt>
        <dd>{doc.contact ? `${doc.contact.name} ${doc.contact.phone}` : "未注明"}</dd>
        <dt className="text-stone-600">项目</dt>
        <dd>{doc.projects.length} 个；绩效目标 {targets} 个</dd>
      </dl>
      <h3 className="font-medium">表格（{doc.tables.length}）</h3>
      {doc.tables.length === 0 ? <p className="text-sm text-stone-700">没有读出表格。</p> : null}
      {doc.tables.map((t, i) =>
        isStandardTable(t) ? (
          <details key={`${t.kind}-${i}`} open className="rounded border border-stone-200 p-2">
            <summary className="cursor-pointer text-sm font-medium">{TABLE_LABELS[t.kind]}（{t.rows.length} 行）</summary>
            <div className="mt-2">
              <AmountTable table={t} unit={doc.sourceUnit} year={doc.year} />
            </div>
          </details>
        ) : (
          <PrintedTable key={`other-${i}`} id={`preview-other-${i}`} table={t} layout="panel" />
        ),
      )}
    </section>
  );
}
