import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "../client";
import { disclosureSearch } from "../schema";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { searchableText } from "@/lib/search/document-text";
import { indexGrams } from "@/lib/search/grams";

/** One text[] parameter; grams hold only letters and digits, and quoting keeps a word like "null" a word. */
const textArray = (grams: string[]) => sql`${`{${grams.map((g) => `"${g}"`).join(",")}}`}::text[]`;

/** (Re)writes the search index of a disclosure from its document. */
export async function indexDisclosure({ tx, disclosureId, doc, title }: { tx: Tx; disclosureId: string; doc: DisclosureDocument; title: string }) {
  const { heading, body } = searchableText(doc, title);
  const vector = sql`setweight(array_to_tsvector(${textArray(indexGrams(heading))}), 'A') || setweight(array_to_tsvector(${textArray(indexGrams(body))}), 'D')`;
  await tx
    .insert(disclosureSearch)
    .values({ disclosureId, vector })
    .onConflictDoUpdate({ target: disclosureSearch.disclosureId, set: { vector } });
}
