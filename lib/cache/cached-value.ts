import "server-only";
import { unstable_cache } from "next/cache";

/**
 * `compute()` from this process's cache under `key` until one of `tags` is expired
 * (lib/cache/invalidate.ts). The value must survive JSON. Outside a Next.js request (a test, a
 * command-line tool) there is no cache: it is computed each time. A compute that throws caches
 * nothing.
 */
export async function cachedValue<T>({ key, tags, compute }: { key: string[]; tags: string[]; compute: () => Promise<T> }): Promise<T> {
  const cached = unstable_cache(compute, key, { tags });
  try {
    return await cached();
  } catch (e) {
    if (e instanceof Error && e.message.startsWith("Invariant: incrementalCache missing")) return compute();
    throw e;
  }
}
