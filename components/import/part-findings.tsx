import { FindingList } from "@/components/disclosure/finding-list";
import type { PartFindings as Findings } from "@/lib/imports/preview-findings";
import { UnreadList } from "./import-findings";

/**
 * Beside a table of the preview (under it on a phone): the consistency findings about it and
 * what the importer could not read in it.
 */
export function PartFindings({ id, part, findings }: { id: string; part: string; findings: Findings }) {
  const { rules, unread } = findings;
  return (
    // the name is the label, not the heading: a visually hidden span would read as a word apart
    <section aria-label={`${part}：检查结果`} data-testid="part-findings" className="self-start rounded border border-stone-200 bg-stone-50 p-3 text-sm">
      <h4 id={id} className="font-medium">检查结果</h4>
      {rules.length === 0 && unread.length === 0 ? <p className="mt-1 text-stone-700">未发现问题，内容都已读出。</p> : null}
      {rules.length > 0 ? (
        <div className="mt-2">
          <FindingList findings={rules} />
        </div>
      ) : null}
      {unread.length > 0 ? (
        <>
          <h5 className="mt-3 font-medium">未能读取（{unread.length} 处）</h5>
          <UnreadList findings={unread} className="mt-1" />
        </>
      ) : null}
    </section>
  );
}
