import { findingPage, rowName, tableColumnLabel, tableLabel } from "@/lib/disclosure/labels";
import { type Finding, TABLE_KINDS, type TableKind } from "@/lib/disclosure/schema";

/** Where the importer saw it: 第 N 页 · 表 · 行 · 列, in the document's own terms. */
function placeOf(f: Finding): string {
  const kind = TABLE_KINDS.includes(f.table as TableKind) ? (f.table as TableKind) : undefined;
  const row = f.row === undefined ? undefined : f.row === "total" ? "合计" : kind ? rowName({ name: f.row }) : f.row;
  const column = f.column === undefined ? undefined : kind ? tableColumnLabel(kind, f.column) : f.column;
  return [findingPage(f), f.table === undefined ? undefined : tableLabel(f.table), row && `行“${row}”`, column && `列“${column}”`].filter(Boolean).join(" · ");
}

/** The message without the page it already starts with (the place column says it). */
const textOf = (f: Finding) => (f.page === undefined ? f.message : f.message.replace(new RegExp(`^第 ${f.page} 页：`), ""));

/** Each I1 finding with its place (第 N 页 · 表 · 行 · 列) and the text as printed. */
export function UnreadList({ findings, className = "" }: { findings: Finding[]; className?: string }) {
  return (
    <ul className={`space-y-2 text-sm ${className}`}>
      {findings.map((f, i) => (
        <li key={i} data-testid="import-finding" className="rounded border border-amber-200 bg-white px-2 py-1.5">
          {placeOf(f) ? <span className="block text-xs font-medium text-stone-700">{placeOf(f)}</span> : null}
          <span className="whitespace-pre-wrap">{textOf(f)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * What the importer saw in the original file but could not read (rule I1): each with its place
 * and the text as printed, so that the draft can be mended by hand.
 */
export function ImportFindings({ findings }: { findings: Finding[] }) {
  const i1 = findings.filter((f) => f.rule === "I1");
  return (
    <section aria-labelledby="import-findings-heading" data-testid="import-findings" className="rounded border border-amber-300 bg-amber-50 p-3">
      <h2 id="import-findings-heading" className="font-semibold">导入时未能读取的内容（{i1.length}）</h2>
      {i1.length === 0 ? (
        <p className="mt-1 text-sm text-stone-700">原文件的内容都已读出。</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-700">以下内容在原文件中看到，但未能读入表格，请对照原文核对并在草稿中补正。</p>
          <UnreadList findings={i1} className="mt-2 max-h-[50vh] overflow-y-auto" />
        </>
      )}
    </section>
  );
}
