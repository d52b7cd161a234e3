/**
 * Where a query matched, shown in the text as printed: the text is normalised character by
 * character (as normalizeSearchText does it), remembering where each normalised character came
 * from, so that 三公经费 found in “三公”经费 marks 三公”经费 — the quote inside included. Pure.
 */
import { queryGrams } from "./grams";
import { normalizeSearchText } from "./normalize";

export type MarkedText = { text: string; marked: boolean }[];
export interface Passage {
  parts: MarkedText;
  /** the passage starts, or ends, inside the text: show an ellipsis */
  cutBefore: boolean;
  cutAfter: boolean;
}

const PUNCTUATION = /^[\p{P}\p{S}]+$/u;
const HAN = /[\p{Script=Han}\u3007]/u;
const SPACE = /^\s+$/u;
const SENTENCE_END = /[。！？；!?;\n]/u;

interface Normalised {
  text: string;
  /** for each UTF-16 unit of `text`, the original range it came from */
  from: number[];
  to: number[];
}

/** The normalised text with where each of its characters came from; its text is normalizeSearchText(raw). */
export function normaliseWithOrigins(raw: string): Normalised {
  const units: { c: string; from: number; to: number }[] = [];
  let at = 0;
  for (const ch of raw) {
    const folded = ch.normalize("NFKC").toLowerCase();
    const end = at + ch.length;
    for (const c of folded) units.push({ c: PUNCTUATION.test(c) || SPACE.test(c) ? " " : c, from: at, to: end });
    at = end;
  }
  const out: Normalised = { text: "", from: [], to: [] };
  let last: string | undefined;
  const push = (u: { c: string; from: number; to: number }) => {
    out.text += u.c;
    last = u.c;
    for (let k = 0; k < u.c.length; k++) {
      out.from.push(u.from);
      out.to.push(u.to);
    }
  };
  for (let i = 0; i < units.length; i++) {
    if (units[i]!.c !== " ") {
      push(units[i]!);
      continue;
    }
    let j = i;
    while (j + 1 < units.length && units[j + 1]!.c === " ") j++;
    const after = units[j + 1]?.c;
    // white space at either end, or next to a Chinese character, is dropped; else one space
    if (last !== undefined && after !== undefined && !HAN.test(last) && !HAN.test(after)) push(units[i]!);
    i = j;
  }
  return out;
}

/** Every start of `term` in `text`. */
function occurrences(text: string, term: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(term); term && i >= 0; i = text.indexOf(term, i + 1)) found.push(i);
  return found;
}

/** What to mark: the whole normalised query where the text holds it as one phrase, else each of its grams. */
function termsFor(normalisedText: string, query: string): string[] {
  const phrase = normalizeSearchText(query);
  if (!phrase) return [];
  if (normalisedText.includes(phrase)) return [phrase];
  return queryGrams(query).filter((g) => normalisedText.includes(g));
}

/** The original ranges of every match of the terms, in order, overlapping ones merged. */
function matchRanges(n: Normalised, terms: string[]): [number, number][] {
  const ranges = terms
    .flatMap((t) => occurrences(n.text, t).map((i): [number, number] => [n.from[i]!, n.to[i + t.length - 1]!]))
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

const oneLine = (s: string) => s.replace(/\s+/gu, " ");

function split(raw: string, ranges: [number, number][], start: number, end: number): MarkedText {
  const parts: MarkedText = [];
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const [a, b] = [Math.max(from, start), Math.min(to, end)];
    if (a > at) parts.push({ text: oneLine(raw.slice(at, a)), marked: false });
    parts.push({ text: oneLine(raw.slice(a, b)), marked: true });
    at = b;
  }
  if (end > at) parts.push({ text: oneLine(raw.slice(at, end)), marked: false });
  return parts;
}

/** Whether a normalised text holds the query as a phrase, or every gram of it. */
export function holdsQuery(normalisedText: string, query: string): "phrase" | "words" | false {
  const phrase = normalizeSearchText(query);
  if (!phrase) return false;
  if (normalisedText.includes(phrase)) return "phrase";
  const grams = queryGrams(query);
  return grams.length > 0 && grams.every((g) => normalisedText.includes(g)) ? "words" : false;
}

/** A text with every match of the query marked, whole (a title, a row's name). */
export function markMatches(raw: string, query: string): MarkedText {
  const n = normaliseWithOrigins(raw);
  return split(raw, matchRanges(n, termsFor(n.text, query)), 0, raw.length);
}

/**
 * About `width` characters of the text around its first match, every match in it marked; it
 * starts at the sentence the match is in when that is near, else a little before the match.
 * Null when the text holds nothing of the query.
 */
export function markedPassage(raw: string, query: string, { width = 100 }: { width?: number } = {}): Passage | null {
  const n = normaliseWithOrigins(raw);
  const ranges = matchRanges(n, termsFor(n.text, query));
  const first = ranges[0];
  if (!first) return null;
  const lead = Math.floor(width / 4);
  let start = Math.max(0, first[0] - lead);
  for (let i = first[0] - 1; i >= Math.max(0, first[0] - lead * 1.5); i--) {
    if (SENTENCE_END.test(raw[i]!)) {
      start = i + 1;
      break;
    }
  }
  let end = Math.min(raw.length, Math.max(start + width, first[1] + 10));
  // never split a surrogate pair
  if (/[\uDC00-\uDFFF]/.test(raw[start] ?? "")) start--;
  if (/[\uDC00-\uDFFF]/.test(raw[end] ?? "")) end++;
  while (start < first[0] && /\s/u.test(raw[start]!)) start++;
  return { parts: split(raw, ranges, start, end), cutBefore: start > 0, cutAfter: end < raw.length };
}
