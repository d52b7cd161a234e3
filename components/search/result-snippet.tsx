import type { ResultSnippet } from "@/lib/search/result-snippet";
import { Marked } from "./marked";

/** Why a result matched: the passage, and the table row with its amount. */
export function ResultSnippetView({ snippet }: { snippet: ResultSnippet }) {
  const { passage, row } = snippet;
  return (
    <>
      {passage ? (
        <p className="mt-1 text-sm break-words text-stone-800" data-testid="snippet">
          {passage.cutBefore ? "…" : null}
          <Marked parts={passage.parts} />
          {passage.cutAfter ? "…" : null}
        </p>
      ) : null}
      {row ? (
        <p className="mt-1 text-sm break-words text-stone-800" data-testid="snippet-row">
          <span className="text-stone-600">{row.table}：</span>
          {row.code.length ? (
            <span className="tabular-nums">
              <Marked parts={row.code} />{" "}
            </span>
          ) : null}
          <Marked parts={row.name} />
          {row.amount ? (
            <>
              ，{row.amount.column} <span className="tabular-nums">{row.amount.value}</span> {row.amount.unit}
            </>
          ) : null}
        </p>
      ) : null}
    </>
  );
}
