import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { Dec } from "./money";
import { narrativeSentences } from "./narrative-text";
import { subjectsOf, type Subject } from "./narrative-subjects";

export type StatementKind = "level" | "change" | "unchanged" | "percent";
export type StatedUnit = "亿元" | "万元" | "元" | "%";

/** One figure the narrative states about a subject. */
export interface Statement {
  subject: Subject;
  kind: StatementKind;
  /** the number as written (for `unchanged`: 0) */
  value: Dec;
  unit: StatedUnit;
  decimals: number;
  /** direction of a change: +1 增加, -1 减少, 0 持平 */
  sign: 1 | -1 | 0;
  /** the number and unit as written: “25.92元” */
  written: string;
  /** the clause(s) it comes from, from its subject to the figure */
  quote: string;
}

export const STATED_UNIT_YUAN: Record<Exclude<StatedUnit, "%">, Dec> = {
  亿元: new Dec(100000000),
  万元: new Dec(10000),
  元: new Dec(1),
};

export interface SubjectMatch {
  subject: Subject;
  start: number;
  end: number;
  hasLevel: boolean;
}

interface Event {
  start: number;
  end: number;
  number?: string;
  unit?: StatedUnit;
}

const AMOUNT = /(\d+(?:\.\d+)?)(亿元|万元|元|%)/g;
const UNCHANGED = /(?:与|和|同|较)(?:上年|去年|上一年度?|\d{4}年)(?:预算数?)?(?:相比)?(?:保持)?(?:持平|一致|相同|无变化)/g;
const CHANGE_VERB = /(?<!新)(增加|增长|上升|提高|增|减少|下降|降低|节约|压减|缩减|减)(?:了|约)?$/;
const CLAUSE_BREAK = /[，；：。！？,;]/;

export function extractStatements(doc: DisclosureDocument): Statement[] {
  const subjects = subjectsOf(doc);
  return narrativeSentences(doc).flatMap((s) => fromSentence(s, subjects));
}

/** Where the subjects stand in a sentence, a match inside a longer one left out, in order of their ends. */
export function subjectMatches(sentence: string, subjects: Subject[]): SubjectMatch[] {
  const all: SubjectMatch[] = [];
  for (const subject of subjects) {
    for (const m of sentence.matchAll(subject.pattern)) {
      all.push({ subject, start: m.index, end: m.index + m[0].length, hasLevel: false });
    }
  }
  // a match inside a longer one (“基本支出” inside a 类 name) is part of that one
  return all
    .filter((m) => !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start))
    .sort((a, b) => a.end - b.end || b.end - b.start - (a.end - a.start));
}

function events(sentence: string): Event[] {
  const out: Event[] = [];
  for (const m of sentence.matchAll(AMOUNT)) {
    out.push({ start: m.index, end: m.index + m[0].length, number: m[1], unit: m[2] as StatedUnit });
  }
  for (const m of sentence.matchAll(UNCHANGED)) out.push({ start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

function fromSentence(sentence: string, subjects: Subject[]): Statement[] {
  const matches = subjectMatches(sentence, subjects);
  if (matches.length === 0) return [];
  const amounts = events(sentence).filter((e) => e.unit !== undefined);
  const out: Statement[] = [];
  for (const event of events(sentence)) {
    const match = nearestBefore(matches, event.start);
    if (!match || match.subject.silences) continue;
    const silencer = matches.find((m) => m.subject.silences?.test(match.subject.id) && m.start < event.start);
    if (silencer) continue;
    const between = sentence.slice(match.end, event.start);
    const amountsBetween = amounts.filter((a) => a.start >= match.end && a.end <= event.start).length;
    const statement = classify(sentence, event, match, between, amountsBetween);
    if (statement) out.push(statement);
  }
  return out;
}

export function nearestBefore(matches: SubjectMatch[], position: number): SubjectMatch | undefined {
  let best: SubjectMatch | undefined;
  for (const m of matches) if (m.end <= position) best = m;
  return best;
}

function classify(sentence: string, event: Event, match: SubjectMatch, between: string, amountsBetween: number): Statement | undefined {
  // after its own figure a subject may still carry a change: “基本支出 191.23 万元，比上年减少 25.92 万元”
  const ownFigureOnly = amountsBetween === 0 || (amountsBetween === 1 && match.hasLevel);
  const base = { subject: match.subject, quote: quote(sentence, match.start, event.end) };
  if (event.number === undefined || event.unit === undefined) {
    return ownFigureOnly ? { ...base, kind: "unchanged", value: new Dec(0), unit: "万元", decimals: 0, sign: 0, written: sentence.slice(event.start, event.end) } : undefined;
  }
  const number = { value: new Dec(event.number), unit: event.unit, decimals: event.number.split(".")[1]?.length ?? 0, written: `${event.number} ${event.unit}` };
  const verb = CHANGE_VERB.exec(sentence.slice(0, event.start));
  if (verb) {
    if (!ownFigureOnly) return undefined;
    const sign = /增|上升|提高/.test(verb[1] ?? "") ? 1 : -1;
    return { ...base, ...number, kind: event.unit === "%" ? "percent" : "change", sign };
  }
  if (event.unit === "%" || match.hasLevel || amountsBetween > 0 || CLAUSE_BREAK.test(between.replace(/：/g, "")) || between.length > 24) return undefined;
  match.hasLevel = true;
  return { ...base, ...number, kind: "level", sign: 0 };
}

/** From the start of the clause holding the subject to the end of the clause holding the figure. */
function quote(sentence: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && !CLAUSE_BREAK.test(sentence.charAt(start - 1))) start--;
  let end = to;
  while (end < sentence.length && !CLAUSE_BREAK.test(sentence.charAt(end))) end++;
  return sentence.slice(start, end);
}
