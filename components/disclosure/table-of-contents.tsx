import { type TocItem, TocList } from "./toc-list";

export interface TocEntry {
  href: string;
  label: string;
  /** an entry under another: a table under 公开表格, a 职能职责 under 单位基本情况 */
  nested?: boolean;
}

/**
 * The sections and tables of a disclosure: a side column that stays in view on a wide screen, a
 * folded list on a phone. One list in both (globals.css `.toc`): the same element twice goes into
 * the page's payload once.
 */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  const list = <TocList items={entries.map((e): TocItem => (e.nested ? [e.href, e.label, 1] : [e.href, e.label]))} />;
  return (
    <>
      <nav aria-label="目录" className="mb-4 rounded border border-stone-200 bg-white lg:hidden print:hidden">
        <details>
          <summary className="cursor-pointer px-4 py-2 font-medium">目录</summary>
          <div className="border-t border-stone-200 px-4 py-2">{list}</div>
        </details>
      </nav>
      <nav aria-label="目录" className="hidden lg:sticky lg:top-4 lg:block lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto print:hidden">
        <h2 className="mb-2 font-semibold">目录</h2>
        {list}
      </nav>
    </>
  );
}
