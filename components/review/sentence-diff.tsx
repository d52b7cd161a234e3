import { diffSentences } from "@/lib/disclosure/sentence-diff";

/**
 * Two versions of a text, sentence by sentence: removed sentences struck through, added ones
 * underlined, each also announced in words for a screen reader.
 */
export function SentenceDiff({ before, after }: { before: string | null; after: string | null }) {
  return (
    <p className="whitespace-pre-wrap leading-7">
      {diffSentences(before ?? "", after ?? "").map((part, i) =>
        part.change === "same" ? (
          <span key={i}>{part.text}</span>
        ) : !part.text.trim() ? (
          part.change === "added" ? <span key={i}>{part.text}</span> : null
        ) : part.change === "removed" ? (
          <del key={i} className="bg-red-100 text-red-900">
            <span className="sr-only">［删除：</span>
            {part.text}
            <span className="sr-only">］</span>
          </del>
        ) : (
          <ins key={i} className="bg-green-100 text-green-900 underline decoration-2 underline-offset-2">
            <span className="sr-only">［新增：</span>
            {part.text}
            <span className="sr-only">］</span>
          </ins>
        ),
      )}
    </p>
  );
}
