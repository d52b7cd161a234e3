export interface TocEntry {
  href: string;
  label: string;
  /** an entry under another: a table under 公开表格, a 职能职责 under 单位基本情况 */
  nested?: boolean;
}

function Entries({ entries }: { entries: TocEntry[] }) {
  return (
    <ol className="space-y-1 text-sm">
      {entries.map((e) => (
        <li key={e.href} className={e.nested ? "pl-3" : "font-medium"}>
          <a href={e.href} className="block text-brand-700 hover:underline">{e.label}</a>
        </li>
      ))}
    </ol>
  );
}

/** The sections and tables of a disclosure: a side column that stays in view on a wide screen, a folded list on a phone. */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  return (
    <>
      <nav aria-label="目录" className="mb-4 rounded border border-stone-200 bg-white lg:hidden print:hidden">
        <details>
          <summary className="cursor-pointer px-4 py-2 font-medium">目录</summary>
          <div className="border-t border-stone-200 px-4 py-2">
            <Entries entries={entries} />
          </div>
        </details>
      </nav>
      <nav aria-label="目录" className="hidden lg:sticky lg:top-4 lg:block lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto print:hidden">
        <h2 className="mb-2 font-semibold">目录</h2>
        <Entries entries={entries} />
      </nav>
    </>
  );
}
