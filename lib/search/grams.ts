/**
 * Chinese has no spaces, and people search with one or two characters (接待, 预算) as often as
 * with phrases. A text is indexed as its CJK characters and each pair of neighbours, plus its
 * Latin words and numbers; a query asks for every pair it contains (one character: that
 * character). Pure; the database stores the grams with array_to_tsvector, so no text parser
 * or locale is involved.
 */
import { normalizeSearchText } from "./normalize";

const CJK_RUN = /[\p{Script=Han}\u3007]+/gu;
const WORD = /[\p{Script=Latin}\p{Nd}]+/gu;

function cjkGrams(run: string, withSingles: boolean): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const pairs = chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
  return withSingles ? [...chars, ...pairs] : pairs;
}

const latinWords = (text: string) => [...text.normalize("NFKC").toLowerCase().matchAll(WORD)].map((m) => m[0]).filter((w) => w.length <= 60);

/** The grams a text is indexed under, each once. */
export function indexGrams(raw: string): string[] {
  const text = normalizeSearchText(raw);
  const grams = new Set<string>();
  for (const m of text.matchAll(CJK_RUN)) for (const g of cjkGrams(m[0], true)) grams.add(g);
  for (const w of latinWords(text)) grams.add(w);
  return [...grams];
}

/** The grams a query needs, all of them, in a document; empty when it holds nothing searchable. */
export function queryGrams(raw: string): string[] {
  const query = normalizeSearchText(raw);
  const grams = new Set<string>();
  for (const m of query.matchAll(CJK_RUN)) for (const g of cjkGrams(m[0], false)) grams.add(g);
  for (const w of latinWords(query)) grams.add(w);
  return [...grams];
}

/** A tsquery literal requiring every gram (grams hold only letters and digits: nothing to escape). */
export const tsqueryOf = (grams: string[]) => grams.map((g) => `'${g}'`).join(" & ");
