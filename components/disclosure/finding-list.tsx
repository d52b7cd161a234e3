import { type Finding, type SourceUnit, TABLE_KINDS, type TableKind } from "@/lib/disclosure/schema";
import { anchorId } from "@/lib/disclosure/anchors";
import type { HeadingContext } from "@/lib/disclosure/column-headings";
import { findingPlace, findingTextInUnit } from "@/lib/disclosure/finding-text";
import { findingPage, RULE_LABELS, SEVERITY_LABELS } from "@/lib/disclosure/labels";
import { type FindingItem, FindingItems } from "./finding-items";

const ORDER = ["error", "warning", "rounding", "info"] as const;
/** The page shows the standard tables, each with its rows and cells anchored. */
const onPage = (f: Finding) => TABLE_KINDS.includes(f.table as TableKind);

/** Where the list is shown on a disclosure page: its amounts in the unit read, links to the cells. */
export type FindingPageContext = HeadingContext & { unit: SourceUnit };

/**
 * Findings of a disclosure, most serious first, each with its rule and the page it was seen on; on a
 * disclosure page in the unit read, with a link to its cell that the finding jump follows (globals.css
 * `.finding`).
 */
export function FindingList({ findings, page }: { findings: Finding[]; page?: FindingPageContext }) {
  if (findings.length === 0) return <p className="text-sm text-stone-700">未发现不一致之处。</p>;
  const sorted = [...findings].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  const items = sorted.map((f): FindingItem => {
    const label = `[${SEVERITY_LABELS[f.severity]} · ${f.rule} ${RULE_LABELS[f.rule]}]`;
    const seenOn = f.page !== undefined ? `（${findingPage(f)}）` : "";
    const message = page ? findingTextInUnit(f.message, page.unit) : f.message;
    if (!page || !onPage(f)) return [f.severity, label, seenOn, message];
    return [f.severity, label, seenOn, message, anchorId(f) ?? "", findingPlace({ finding: f, year: page.year, kind: page.kind })];
  });
  return (
    <ul className="space-y-2 text-sm">
      <FindingItems items={items} />
    </ul>
  );
}
