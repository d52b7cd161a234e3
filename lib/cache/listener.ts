import "server-only";
import type { DbHandle } from "@/db/client";
import { INVALIDATION_CHANNEL, instanceId, REVALIDATE_PATH, REVALIDATE_SECRET_HEADER, revalidateSecret } from "./instance";
import type { InvalidationMessage } from "./invalidate";
import { isCacheTag, PUBLIC_TAG } from "./tags";

const ATTEMPTS = 8;
const RETRY_MS = 250;

/** Which of a notification's tags this instance must expire: none when it expired them itself. */
export function tagsToExpire(payload: string, self: string): string[] {
  let message: Partial<InvalidationMessage>;
  try {
    message = JSON.parse(payload) as Partial<InvalidationMessage>;
  } catch {
    return [];
  }
  if (message.from === self || !Array.isArray(message.tags)) return [];
  return message.tags.filter(isCacheTag);
}

/**
 * Next.js expires cache tags only within a request: the listener asks this process's own
 * revalidation route (app/api/internal/revalidate), on the loopback address, with the secret
 * only this process knows. Retried for a while: a notification can come before the server listens.
 */
async function expireThroughOwnServer({ origin, tags }: { origin: string; tags: string[] }) {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(new URL(REVALIDATE_PATH, origin), {
        method: "POST",
        headers: { "content-type": "application/json", [REVALIDATE_SECRET_HEADER]: revalidateSecret() },
        body: JSON.stringify({ tags }),
      });
      if (res.ok) return;
      throw new Error(`HTTP ${res.status}`);
    } catch (e) {
      if (attempt >= ATTEMPTS) {
        console.error(`未能更新本实例的页面缓存（${tags.join("、")}）：`, e);
        return;
      }
      await new Promise((r) => setTimeout(r, RETRY_MS * attempt));
    }
  }
}

/**
 * Listens for what other instances changed — and what this one changed outside a request, such
 * as a batch import creating a department — and expires those pages here. After a lost
 * connection it may have missed notifications, so it then expires every public page.
 */
export async function listenForInvalidations({ handle, origin }: { handle: DbHandle; origin: string }): Promise<void> {
  let connected = false;
  await handle.listen({
    channel: INVALIDATION_CHANNEL,
    onNotify: (payload) => {
      const tags = tagsToExpire(payload, instanceId());
      if (tags.length) void expireThroughOwnServer({ origin, tags });
    },
    onListen: () => {
      if (connected) void expireThroughOwnServer({ origin, tags: [PUBLIC_TAG] });
      connected = true;
    },
  });
}
