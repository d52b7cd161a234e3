import "server-only";
import { sql } from "drizzle-orm";
import { revalidateTag } from "next/cache";
import type { Db } from "@/db/client";
import { frontCacheOf } from "@/lib/http/front-cache.mjs";
import { INVALIDATION_CHANNEL, instanceId } from "./instance";
import { type PublicChange, tagsFor } from "./tags";

/** What an instance tells the others: the tags to expire, and who expired them already. */
export type InvalidationMessage = { tags: string[]; from: string | null };

/**
 * Expires these tags in this process's cache at once (the next request renders afresh, it is not
 * served the old page while a new one renders). Only possible within a request or action;
 * answers false outside one.
 */
export function expireTags(tags: string[]): boolean {
  // the pages scripts/start.mjs keeps in front of Next.js are not told apart by tag: all go
  frontCacheOf()?.clear();
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    return true;
  } catch (e) {
    if (e instanceof Error && e.message.startsWith("Invariant: static generation store missing")) return false;
    throw e;
  }
}

/**
 * After a change has been committed: expires exactly the pages that show it, here and — through
 * PostgreSQL's NOTIFY — on every other instance on the same database (lib/cache/listener.ts).
 * On the embedded database there is one process, and nobody listens.
 */
export async function invalidate({ db, change }: { db: Db; change: PublicChange }): Promise<void> {
  const tags = tagsFor(change);
  const message: InvalidationMessage = { tags, from: expireTags(tags) ? instanceId() : null };
  try {
    await db.execute(sql`select pg_notify(${INVALIDATION_CHANNEL}, ${JSON.stringify(message)})`);
  } catch (e) {
    // the change itself is committed and must not be reported as failed
    console.error("未能通知其他实例更新页面缓存：", e);
  }
}
