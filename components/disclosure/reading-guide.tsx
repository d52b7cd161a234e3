import Link from "next/link";

const TERMS: [string, string][] = [
  ["年初预算数", "年初经批准的部门预算安排的数额，也就是当年公开的部门预算中的数字。"],
  ["调整预算数", "年度中因政策变化、追加或调减等原因调整之后的预算数额。"],
  ["决算数", "这一年实际取得的收入和实际花出的支出，即钱实际收了多少、花了多少。"],
  ["年初结转和结余", "以前年度没有花完、带到本年的资金：项目还没做完、下一年接着用的是“结转”，项目做完后剩下的是“结余”。"],
  ["年末结转和结余", "本年没有花完、带到下一年的资金，含义同上。"],
  ["执行率", "决算数 ÷ 年初预算数 × 100%。低于 100% 表示比年初预算少花了，高于 100% 表示比年初预算多花了（多为年中追加了预算）。年初预算数为 0 时无法计算，表中显示“—”。"],
];

/**
 * “如何阅读本决算”: the terms a 部门决算 prints, in plain words, and where its budget stands beside it.
 * `budgetId` is the same department's published 部门预算 of the year, where the portal holds one.
 */
export function ReadingGuide({ year, finalId, budgetId, departmentKey }: { year: number; finalId: string; budgetId: string | null; departmentKey: string }) {
  return (
    <section id="how-to-read" aria-labelledby="how-to-read-heading" className="mb-6 scroll-mt-4 rounded border border-stone-200 bg-white p-4">
      <h2 id="how-to-read-heading" className="mb-2 text-lg font-semibold">如何阅读本决算</h2>
      <p className="mb-3 text-stone-800">
        部门预算是年初的计划，部门决算是年度结束后的“账本”：说明这一年实际收了多少钱、花了多少钱、花在哪里，以及与年初预算相比执行得怎样。表中常见的说法：
      </p>
      <dl className="space-y-2">
        {TERMS.map(([term, meaning]) => (
          <div key={term} className="sm:flex sm:gap-3">
            <dt className="shrink-0 font-semibold sm:w-32">{term}</dt>
            <dd className="text-stone-800">{meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-stone-700">
        {budgetId ? (
          <>
            本部门 {year} 年部门预算已在本平台公开：<Link href={`/compare?ids=${budgetId},${finalId}`} className="text-brand-700 underline">与之逐表对照</Link>，或在
            <Link href={`/departments/${departmentKey}`} className="text-brand-700 underline">部门页面</Link>查看历年预算数、决算数与执行率。
          </>
        ) : (
          <>本平台尚无本部门 {year} 年的部门预算，无法逐表对照预算数。</>
        )}
      </p>
    </section>
  );
}
