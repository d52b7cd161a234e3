import type { Finding } from "@/lib/disclosure/schema";
import { anchorId } from "@/lib/disclosure/anchors";
import { SEVERITY_LABELS } from "@/lib/disclosure/labels";

const TONE = { error: "border-red-300 bg-red-50", warning: "border-amber-300 bg-amber-50", rounding: "border-stone-200 bg-stone-50", info: "border-sky-200 bg-sky-50" } as const;

/** Findings of the consistency engine, most serious first, each with its rule and place. */
export function FindingList({ findings, linkToCells = false }: { findings: Finding[]; linkToCells?: boolean }) {
  if (findings.length === 0) return <p className="text-sm text-stone-700">未发现不一致之处。</p>;
  const order = ["error", "warning", "rounding", "info"] as const;
  const sorted = [...findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
  return (
    <ul className="space-y-2 text-sm">
      {sorted.map((f, i) => (
        <li key={i} className={`rounded border px-3 py-2 ${TONE[f.severity]}`}>
          <span className="font-medium">[{SEVERITY_LABELS[f.severity]} · {f.rule}]</span> {f.message}
          {linkToCells && anchorId(f) && f.table !== "performance" ? (
            <a href={`#${anchorId(f)}`} className="ml-2 whitespace-nowrap text-brand-700 underline">查看所在位置</a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
