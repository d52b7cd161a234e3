import "server-only";
import { unstable_cache } from "next/cache";

/**
 * Gives the page being rendered these tags: expiring one of them (lib/cache/invalidate.ts)
 * expires the page. Next.js takes a page's tags from the cached functions it calls; this one
 * caches nothing worth having, only the tags.
 */
export async function tagPage(tags: string[]): Promise<void> {
  await unstable_cache(async () => true, ["page-tags", ...tags], { tags })();
}
