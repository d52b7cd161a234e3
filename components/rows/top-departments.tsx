import Decimal from "decimal.js";
import Link from "next/link";
import { formatAmount } from "@/lib/money";

export interface TopBar {
  key: string;
  label: string;
  detail: string;
  /** 元, exact */
  amount: string;
  href: string;
}

/**
 * The largest amounts as horizontal bars, drawn in HTML and CSS on the server: the text is the
 * page's own (14 px labels, 12 px details), and the bars reflow with the width of the screen.
 */
export function TopDepartments({ title, bars, unit }: { title: string; bars: TopBar[]; unit: "万元" | "元" }) {
  const max = Decimal.max(0, ...bars.map((b) => new Decimal(b.amount)));
  const width = (amount: string) => (max.isZero() ? 0 : Decimal.max(0, new Decimal(amount)).dividedBy(max).times(100).toDecimalPlaces(1).toNumber());
  return (
    <figure className="mb-6 rounded border border-stone-200 bg-white p-4" data-testid="top-departments">
      <figcaption className="mb-3 font-medium">
        {title}（{unit}）
      </figcaption>
      <ol className="space-y-3">
        {bars.map((b) => (
          <li key={b.key}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
              <Link href={b.href} className="min-w-0 break-words text-brand-700 underline">
                {b.label}
              </Link>
              <span className="tabular-nums">{formatAmount(b.amount, { unit, decimals: unit === "万元" ? "auto" : 2 })}</span>
            </div>
            <p className="text-xs text-stone-600">{b.detail}</p>
            <div className="mt-1 h-3 w-full rounded-sm bg-stone-100" aria-hidden="true">
              <div className="h-3 rounded-sm bg-brand-600" style={{ width: `${width(b.amount)}%` }} />
            </div>
          </li>
        ))}
      </ol>
    </figure>
  );
}
