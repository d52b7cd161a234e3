import type { DocumentChange, RevisionComparison } from "@/lib/disclosure/diff";
import type { SourceUnit } from "@/lib/disclosure/schema";
import { formatAmount } from "@/lib/money";
import { SentenceDiff } from "./sentence-diff";

const CHANGE_BADGES = { added: "新增", removed: "删除" } as const;

function groups(changes: DocumentChange[]): [string, DocumentChange[]][] {
  const byGroup = new Map<string, DocumentChange[]>();
  for (const c of changes) byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), c]);
  return [...byGroup];
}

function Value({ change, text, unit }: { change: DocumentChange; text: string | null; unit: SourceUnit }) {
  if (text === null) return <span className="text-stone-600">（空）</span>;
  if (change.value !== "amount") return <span className="whitespace-pre-wrap">{text}</span>;
  return <span className="tabular-nums">{formatAmount(text, { unit, decimals: "auto" })} {unit}</span>;
}

/**
 * What a revision changed since the one it corrects, with the 更正原因: grouped by table,
 * section and target, amounts in the unit the reader chose.
 */
export function RevisionChanges({ comparison, unit }: { comparison: RevisionComparison; unit: SourceUnit }) {
  const { revision, previous, reason, changes } = comparison;
  return (
    <section aria-labelledby="revision-changes-heading" data-testid="revision-changes" className="space-y-3 rounded border border-amber-300 bg-amber-50 p-3">
      <h2 id="revision-changes-heading" className="font-semibold">与第 {previous} 版相比的更改（{changes.length} 处）</h2>
      <p className="text-sm">
        <span className="font-medium">更正原因：</span>
        {reason ?? "未填写"}
      </p>
      {changes.length === 0 ? <p className="text-sm">内容与第 {previous} 版相同。</p> : null}
      {groups(changes).map(([group, items]) => (
        <section key={group} aria-label={group} className="rounded border border-amber-200 bg-white p-2">
          <h3 className="text-sm font-semibold">{group}</h3>
          <ul className="mt-1 space-y-2 text-sm">
            {items.map((c, i) => (
              <li key={i} data-testid="revision-change" className="border-t border-stone-200 pt-1 first:border-t-0 first:pt-0">
                {c.row || c.column || c.change !== "changed" ? (
                  <p className="font-medium">
                    {[c.row, c.column].filter(Boolean).join(" · ")}
                    {c.change !== "changed" ? <span className="ml-1 rounded bg-stone-200 px-1 text-xs font-normal">{CHANGE_BADGES[c.change]}</span> : null}
                  </p>
                ) : null}
                {c.value === "prose" ? (
                  <SentenceDiff before={c.before} after={c.after} />
                ) : (
                  <dl className="grid grid-cols-[auto_1fr] gap-x-2">
                    <dt className="text-stone-700">第 {previous} 版</dt>
                    <dd><Value change={c} text={c.before} unit={unit} /></dd>
                    <dt className="text-stone-700">第 {revision} 版</dt>
                    <dd><Value change={c} text={c.after} unit={unit} /></dd>
                  </dl>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
