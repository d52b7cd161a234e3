import type { DisclosureDocument, SourceUnit } from "@/lib/disclosure/schema";
import { budgetText, changeText, summaryFigures } from "@/lib/disclosure/summary-figures";
import { formatAmount } from "@/lib/money";

/** The figures a reader looks for first, in the unit read, with the change on last year, or a 决算's 预算数 and 执行率, where the document prints them (globals.css `.summary-figures`). */
export function SummaryFigures({ doc, unit }: { doc: DisclosureDocument; unit: SourceUnit }) {
  const figures = summaryFigures(doc);
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="summary-heading" className="mb-4">
      <h2 id="summary-heading" className="sr-only">主要数字</h2>
      <dl className="summary-figures grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        {figures.map((f) => {
          const change = changeText(f, unit);
          const budget = budgetText(f, unit);
          return (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>
                {formatAmount(f.amount, { unit })} <span>{unit}</span>
              </dd>
              {change ? <dd>{change}</dd> : null}
              {budget ? <dd>{budget}</dd> : null}
            </div>
          );
        })}
      </dl>
    </section>
  );
}
