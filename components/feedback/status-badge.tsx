import { type FeedbackStatus, STATUS_LABELS } from "@/lib/feedback/labels";

const COLORS: Record<FeedbackStatus, string> = {
  new: "border-amber-400 bg-amber-50 text-amber-900",
  acknowledged: "border-sky-400 bg-sky-50 text-sky-900",
  answered: "border-green-500 bg-green-50 text-green-900",
  closed: "border-stone-400 bg-stone-100 text-stone-800",
};

/** A feedback's status as a small label (the text says it; the colour only repeats it). */
export function StatusBadge({ status, label }: { status: FeedbackStatus; label?: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${COLORS[status]}`}>{label ?? STATUS_LABELS[status]}</span>;
}
