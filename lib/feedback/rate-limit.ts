/** At most `max` accepted submissions per client within `windowMs`: the verdict for one more. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function rateVerdict({ accepted, oldest, now, max, windowMs }: { accepted: number; oldest: Date | null; now: Date; max: number; windowMs: number }): RateVerdict {
  if (accepted < max) return { allowed: true };
  // the count drops below the limit when the oldest submission in the window leaves it
  const freeAt = (oldest ?? now).getTime() + windowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
}

/** What the sender reads on a 429. */
export function rateLimitMessage({ retryAfterSeconds, max, windowMinutes }: { retryAfterSeconds: number; max: number; windowMinutes: number }): string {
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} 秒` : `${Math.ceil(retryAfterSeconds / 60)} 分钟`;
  return `提交过于频繁：同一网络地址 ${windowMinutes} 分钟内至多提交 ${max} 条意见，请在 ${wait}后再试。`;
}

/**
 * The advisory-lock key of a client: the namespace of feedback and 32 bits of the client key,
 * so that two submissions of one client are counted one after the other, on every instance.
 */
export const FEEDBACK_LOCK_NAMESPACE = 0x46454544; // "FEED"
export function lockKeyOf(clientKey: string): number {
  return Number.parseInt(clientKey.slice(0, 8), 16) | 0;
}
