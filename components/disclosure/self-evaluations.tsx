import { SELF_EVALUATION_LABELS } from "@/lib/disclosure/labels";
import type { SelfEvaluation, SourceUnit } from "@/lib/disclosure/schema";
import { AmountCell, Cell, TABLE } from "./table-cells";
import { TableScroll } from "./table-scroll";

const TITLE = "项目绩效自评结果";
const AMOUNTS = ["budget", "actual"] as const;
/** Text that runs to a sentence: wrapped and set left, not kept on one line as the figures are. */
const PROSE = "min-w-[12em] whitespace-normal text-left";

/**
 * A 决算's 绩效自评, where the department reports it: each project's 年初预算数 and 全年执行数 in
 * the unit shown, its 自评得分 and 自评等级 and the reasons it gives for a gap, under the headings
 * of the 项目支出绩效自评表.
 */
export function SelfEvaluations({ evaluations, unit }: { evaluations: readonly SelfEvaluation[] | undefined; unit: SourceUnit }) {
  if (!evaluations?.length) return null;
  return (
    <section id="self-evaluations" tabIndex={-1} aria-labelledby="self-evaluations-heading" className="mb-8 scroll-mt-4">
      <h2 id="self-evaluations-heading" className="mb-2 mt-6 text-lg font-semibold">绩效自评</h2>
      <h3 id="self-evaluations-title" className="mb-1 text-center font-semibold">{TITLE}</h3>
      <p className="mb-1 text-right text-sm text-stone-600">单位：{unit}</p>
      <TableScroll label={TITLE} wide>
        <table aria-labelledby="self-evaluations-title" className={`${TABLE} doc-table-frozen w-full`}>
          <thead>
            <tr>
              <th scope="col" className="doc-name text-left">{SELF_EVALUATION_LABELS.projectName}</th>
              {AMOUNTS.map((f) => (
                <th key={f} scope="col">{SELF_EVALUATION_LABELS[f]}</th>
              ))}
              <th scope="col">{SELF_EVALUATION_LABELS.score}</th>
              <th scope="col" className="text-center">{SELF_EVALUATION_LABELS.grade}</th>
              <th scope="col" className="text-left">{SELF_EVALUATION_LABELS.gaps}</th>
            </tr>
          </thead>
          <tbody>
            {evaluations.map((e, i) => (
              <tr key={i}>
                <th scope="row">{e.projectName}</th>
                {AMOUNTS.map((f) => (
                  <AmountCell key={f} id={undefined} yuan={e[f]} unit={unit} />
                ))}
                <Cell text={e.score ?? ""} />
                <Cell text={e.grade ?? ""} className="text-center" />
                <Cell text={e.gaps ?? ""} className={PROSE} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
