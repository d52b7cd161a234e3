import { CATEGORY_LABELS, type FeedbackCategory } from "@/lib/feedback/labels";
import { formatDay, placeLabel } from "./labels";

export interface PublicAnswer {
  id: string;
  category: FeedbackCategory;
  message: string;
  tableKind: string | null;
  rowRef: string | null;
  createdAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  revision: number;
}

/**
 * The questions the public asked about a disclosure and the department's answers, where the
 * department made them public. Everything is rendered as text, exactly as written (marked
 * data-as-written: people's own words, in whatever language they wrote them).
 */
export function PublicAnswers({ answers, revision }: { answers: PublicAnswer[]; revision: number }) {
  return (
    <section aria-labelledby="public-answers" className="mb-8 print:hidden">
      <h2 id="public-answers" className="mb-2 text-lg font-semibold">公众留言与部门答复（{answers.length}）</h2>
      {answers.length === 0 ? (
        <p className="text-sm text-stone-700">暂无公开的答复。</p>
      ) : (
        <ol className="space-y-4" data-testid="public-answers">
          {answers.map((a) => {
            const place = placeLabel(a);
            return (
              <li key={a.id} className="rounded border border-stone-200 bg-white p-4">
                <p className="text-sm text-stone-600">
                  {CATEGORY_LABELS[a.category]} · {formatDay(a.createdAt)} 留言
                  {place ? ` · ${place}` : ""}
                  {a.revision !== revision ? ` · 针对第 ${a.revision} 版` : ""}
                </p>
                <p className="mt-1 whitespace-pre-wrap break-words" data-as-written>{a.message}</p>
                <div className="mt-3 border-l-4 border-brand-700 bg-stone-50 px-3 py-2">
                  <p className="text-sm font-medium text-stone-800">部门答复（{formatDay(a.answeredAt)}）</p>
                  <p className="mt-1 whitespace-pre-wrap break-words" data-as-written>{a.answer}</p>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
