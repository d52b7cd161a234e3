import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import type { ChartItem } from "@/lib/disclosure/chart-data";
import { formatAmount } from "@/lib/money";

const COLORS = ["#941f19", "#c2410c", "#0f766e", "#1d4ed8"];

/**
 * Horizontal bars, rendered on the server as SVG: no script, and the space is known before it
 * paints (a fixed viewBox), so nothing shifts. Several series stack (`stacked`) or stand side by side.
 */
export function BarChart({ title, items, series, unit, stacked = false }: { title: string; items: ChartItem[]; series: string[]; unit: string; stacked?: boolean }) {
  if (items.length === 0) return null;
  const labelWidth = 230;
  const width = 720;
  const bandHeight = stacked || series.length === 1 ? 30 : 22 * series.length;
  const height = items.length * (bandHeight + 14) + 40;
  const max = Math.max(...items.map((i) => (stacked ? i.values.reduce((a, b) => a + b, 0) : Math.max(...i.values))), 1);
  // room on the right for the figures: a stacked bar prints each part
  const x = scaleLinear({ domain: [0, max], range: [0, width - labelWidth - (stacked ? 70 * series.length + 60 : 110)] });
  const y = scaleBand({ domain: items.map((i) => i.label), range: [30, height - 10], padding: 0.2 });
  const shown = (v: number) => formatAmount(String(v), { unit: "元", decimals: "auto" });
  return (
    <figure className="mb-6">
      <figcaption className="mb-1 font-semibold">{title}（单位：{unit}）</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" role="img" aria-label={`${title}：${items.map((i) => `${i.label} ${i.values.map(shown).join("、")}`).join("；")}`}>
        {series.length > 1 ? (
          <g>
            {series.map((s, i) => (
              <g key={s} transform={`translate(${labelWidth + i * 150}, 8)`}>
                <rect width={12} height={12} fill={COLORS[i]} />
                <text x={18} y={11} fontSize={13} fill="#292524">{s}</text>
              </g>
            ))}
          </g>
        ) : null}
        {items.map((item) => {
          const top = y(item.label) ?? 0;
          const band = y.bandwidth();
          let offset = 0;
          return (
            <g key={item.label}>
              <text x={labelWidth - 8} y={top + band / 2} textAnchor="end" dominantBaseline="middle" fontSize={13} fill="#292524">
                {item.label.length > 16 ? `${item.label.slice(0, 15)}…` : item.label}
              </text>
              {item.values.map((v, i) => {
                const w = x(v);
                const bar = stacked
                  ? { x: labelWidth + offset, y: top, h: band }
                  : { x: labelWidth, y: top + (band / series.length) * i, h: band / series.length - 2 };
                offset += w;
                return (
                  <g key={i}>
                    <Bar x={bar.x} y={bar.y} width={Math.max(w, v > 0 ? 1 : 0)} height={bar.h} fill={COLORS[i]} />
                    {!stacked ? (
                      <text x={bar.x + w + 6} y={bar.y + bar.h / 2} dominantBaseline="middle" fontSize={12} fill="#44403c">{shown(v)}</text>
                    ) : null}
                  </g>
                );
              })}
              {stacked ? (
                <text x={labelWidth + offset + 6} y={top + band / 2} dominantBaseline="middle" fontSize={12} fill="#44403c">
                  {item.values.map(shown).join(" + ")}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
