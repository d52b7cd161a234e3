import "server-only";
import type { Db } from "../client";
import { searchGeneration } from "../schema";
import type { Facets } from "./search-facets";
import { GenerationCache } from "@/lib/search/generation-cache";

/** How many of a search's first results are kept: five pages of 20. */
export const CACHED_IDS = 100;

export interface Counted {
  total: number;
  facets?: Facets;
}

interface Caches {
  counts: GenerationCache<Counted>;
  pages: GenerationCache<string[]>;
  /** the row search's: its total, the names it matched and its first row ids (db/queries/row-search.ts) */
  rows: GenerationCache<{ total: number; names: string[]; first?: number[] }>;
}

// per database handle: tests and tools may open several in one process
const cachesByDb = new WeakMap<Db, Caches>();

export function searchCaches(db: Db): Caches {
  let caches = cachesByDb.get(db);
  if (!caches) cachesByDb.set(db, (caches = { counts: new GenerationCache(500), pages: new GenerationCache(500), rows: new GenerationCache(500) }));
  return caches;
}

/** Drops every cached answer of a database: for the benchmark's cold runs. */
export const forgetSearchAnswers = (db: Db) => cachesByDb.delete(db);

/** The number every cached search answer is keyed by (db/schema/search.ts); read before computing one. */
export async function readSearchGeneration({ db }: { db: Db }): Promise<number> {
  const [row] = await db.select({ n: searchGeneration.n }).from(searchGeneration);
  return row?.n ?? 0;
}
