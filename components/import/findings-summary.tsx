import { FindingList } from "@/components/disclosure/finding-list";
import type { PlacedFindings } from "@/lib/imports/preview-findings";
import { UnreadList } from "./import-findings";

/**
 * The preview's findings counted (错误、警告、未能读取), and those about the document as a whole
 * or a table it lacks; the others stand beside their tables.
 */
export function FindingsSummary({ findings }: { findings: PlacedFindings }) {
  const { counts, document } = findings;
  const tone = counts.errors > 0 ? "border-red-300 bg-red-50" : counts.warnings + counts.unread > 0 ? "border-amber-300 bg-amber-50" : "border-stone-200 bg-white";
  return (
    <section aria-labelledby="findings-summary-heading" data-testid="findings-summary" className={`rounded border p-3 ${tone}`}>
      <h2 id="findings-summary-heading" className="font-semibold">检查结果</h2>
      <p className="mt-1">
        错误 <strong>{counts.errors}</strong> 条、警告 <strong>{counts.warnings}</strong> 条、未能读取 <strong>{counts.unread}</strong> 处
      </p>
      <p className="mt-1 text-sm text-stone-700">
        各表的问题列在该表旁边（手机上在该表下方）。保存后可在草稿中对照原文修改。
      </p>
      {document.rules.length > 0 ? (
        <>
          <h3 className="mt-3 text-sm font-medium">关于整份文件</h3>
          <div className="mt-1">
            <FindingList findings={document.rules} />
          </div>
        </>
      ) : null}
      {document.unread.length > 0 ? (
        <>
          <h3 className="mt-3 text-sm font-medium">整份文件中未能读取的内容（{document.unread.length} 处）</h3>
          <UnreadList findings={document.unread} className="mt-1" />
        </>
      ) : null}
    </section>
  );
}
