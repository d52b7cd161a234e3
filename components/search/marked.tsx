import type { MarkedText } from "@/lib/search/snippet";

/** A text with the words a search matched in <mark>. */
export function Marked({ parts }: { parts: MarkedText }) {
  return parts.map((p, i) => (p.marked ? <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-stone-950">{p.text}</mark> : p.text));
}
