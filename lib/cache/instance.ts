import "server-only";
import { randomBytes, randomUUID, timingSafeEqual } from "node:crypto";

/** The channel on which instances sharing one PostgreSQL database tell each other what to expire. */
export const INVALIDATION_CHANNEL = "cq_cache_invalidation";
/** The header carrying this process's secret to its own revalidation route. */
export const REVALIDATE_SECRET_HEADER = "x-cq-revalidate-secret";
export const REVALIDATE_PATH = "/api/internal/revalidate";

// Next.js may evaluate this module in several bundles of one process: one identity per process.
const HOLDER = Symbol.for("cq-budget-disclosure.cache-instance");
type Instance = { id: string; secret: string };
const holder = globalThis as { [HOLDER]?: Instance };

function instance(): Instance {
  holder[HOLDER] ??= { id: randomUUID(), secret: randomBytes(32).toString("base64url") };
  return holder[HOLDER];
}

/** This process among the instances: its own notifications are not acted on twice. */
export const instanceId = () => instance().id;

/** The secret only this process knows, with which its listener calls its own revalidation route. */
export const revalidateSecret = () => instance().secret;

export function isOwnSecret(given: string | null): boolean {
  const expected = Buffer.from(instance().secret);
  const actual = Buffer.from(given ?? "");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
