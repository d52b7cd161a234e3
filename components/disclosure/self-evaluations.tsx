import { SELF_EVALUATION_LABELS } from "@/lib/disclosure/labels";
import type { SelfEvaluation, SourceUnit } from "@/lib/disclosure/schema";
import { SELF_EVALUATION_FIELDS } from "@/lib/export/xlsx-layout";
import { CompactTable } from "./compact-table";
import { amountCell, cell, TABLE } from "./table-cells";
import { TableScroll } from "./table-scroll";

const TITLE = "项目绩效自评结果";
/** The downloads' columns but the code, which the page leaves to the project's name. */
const FIELDS = SELF_EVALUATION_FIELDS.filter((f) => f !== "projectCode");
/** How a column is set, heading and cells: text that runs to a sentence wrapped and set left, not kept on one line as the figures are. */
const CLASSES: Partial<Record<keyof SelfEvaluation, { heading: string; cell?: string }>> = {
  projectName: { heading: "doc-name text-left" },
  grade: { heading: "text-center", cell: "text-center" },
  gaps: { heading: "text-left", cell: "min-w-[12em] whitespace-normal text-left" },
};

/**
 * A 决算's 绩效自评, where the department reports it: each project's 年初预算数 and 全年执行数 in
 * the unit shown, its 自评得分 and 自评等级 and the reasons it gives for a gap, under the headings
 * of the 项目支出绩效自评表.
 */
export function SelfEvaluations({ evaluations, unit }: { evaluations: readonly SelfEvaluation[] | undefined; unit: SourceUnit }) {
  if (!evaluations?.length) return null;
  const row = (e: SelfEvaluation) =>
    FIELDS.map((f) => (f === "budget" || f === "actual" ? amountCell(undefined, e[f], unit) : cell(e[f] ?? "", { className: CLASSES[f]?.cell })));
  return (
    <section id="self-evaluations" tabIndex={-1} aria-labelledby="self-evaluations-heading" className="mb-8 scroll-mt-4">
      <h2 id="self-evaluations-heading" className="mb-2 mt-6 text-lg font-semibold">绩效自评</h2>
      <h3 id="self-evaluations-title" className="mb-1 text-center font-semibold">{TITLE}</h3>
      <p className="mb-1 text-right text-sm text-stone-600">单位：{unit}</p>
      <TableScroll label={TITLE} wide>
        <CompactTable
          className={`${TABLE} doc-table-frozen w-full`}
          labelledBy="self-evaluations-title"
          head={[FIELDS.map((f) => (CLASSES[f] ? { text: SELF_EVALUATION_LABELS[f], className: CLASSES[f].heading } : SELF_EVALUATION_LABELS[f]))]}
          rows={evaluations.map(row)}
          rowHeading={0}
        />
      </TableScroll>
    </section>
  );
}
