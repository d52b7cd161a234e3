import type { FeedbackChange } from "./schema";
import { FEEDBACK_STATUSES, type FeedbackStatus } from "./labels";

/**
 * The life of a feedback: new → acknowledged → answered → closed, never backwards. An answer
 * may come before the acknowledgement, and be corrected while the feedback is open; it can be
 * made public or withdrawn from the public page at any time.
 */
export function statusAfter(current: FeedbackStatus, change: FeedbackChange, hasAnswer: boolean): { ok: true; status: FeedbackStatus } | { ok: false; message: string } {
  // publishing or withdrawing an answer is moderation: possible whatever the status
  if (change.kind === "publish") return hasAnswer ? { ok: true, status: current } : { ok: false, message: "尚未答复，没有可公开的答复。" };
  if (current === "closed") return { ok: false, message: "该意见已办结，不能再更改。" };
  switch (change.kind) {
    case "acknowledge":
      return current === "new" ? { ok: true, status: "acknowledged" } : { ok: false, message: "该意见已受理。" };
    case "answer":
      return { ok: true, status: "answered" };
    case "close":
      return { ok: true, status: "closed" };
  }
}

/** The steps the sender sees on the tracking page, with whether each is done. */
export function progressSteps(status: FeedbackStatus): { status: FeedbackStatus; done: boolean }[] {
  const reached = FEEDBACK_STATUSES.indexOf(status);
  return FEEDBACK_STATUSES.map((s, i) => ({ status: s, done: i <= reached }));
}
