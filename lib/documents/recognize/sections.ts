import type { SectionKey } from "@/lib/disclosure/schema";
import { compact, type Line } from "./lines";
import { ATTACHMENT_LABEL } from "./segment";

export const ORDINAL = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(]\s*(?:[一二三四五六七八九十]+|\d{1,2})\s*[)）]|\d{1,2}[、.．])\s*/;

/** A part (第二部分) or chapter (八、) heading: its section follows, even one begun under an earlier chapter. */
export const PART = /^第[一二三四五六七八九十]+部分/;
const TOP_LEVEL = new RegExp(`${PART.source}|^[一二三四五六七八九十]+、`);

/** Heading keywords, tried in order: 收支总体 before 预算情况, 三公 before 财政拨款. */
const HEADINGS: readonly (readonly [RegExp, SectionKey])[] = [
  [/职能职责|主要职能|部门职责|单位职责|职责/, "functions"],
  [/单位构成|机构设置|部门构成|机构构成|单位设置|机构组成/, "structure"],
  [/基本情况|部门概况|单位概况/, "functions"],
  [/收支总体情况|收支总体|收支预算总体|^(?:部门)?收入支出(?:预算|决算)?总体|^(?:收入|支出)(?:预算|决算)情况/, "overview"],
  [/三公/, "threePublicNotes"],
  [/预算情况说明|决算情况说明|财政拨款.*(情况|说明)|收支预算情况|^(政府性基金|国有资本经营)预算/, "budgetNotes"],
  [/其他重要事项|其他事项/, "otherNotes"],
  [/名词解释|术语解释/, "glossary"],
];

/** “联系人：”, also “联系人及电话：”. */
const CONTACT_PERSON = /联系人(?:及[^:：]{0,4})?[:：]/;
const CONTACT = new RegExp(`${CONTACT_PERSON.source}|^联系(方式|电话)[:：]`);

/** A heading is numbered (一、 （一）), marked up, or a short line without punctuation; never a sentence. */
export function looksLikeHeading(line: Line): boolean {
  const text = line.text;
  const plainHeading = text.length <= 16 && !/[，。、；;：:,.\d]/.test(text);
  return (ORDINAL.test(text) || line.heading || plainHeading) && text.length <= 40 && !/[。；;]|[:：]\s*\S/.test(text);
}

function headingKey(line: Line): SectionKey | null {
  if (!looksLikeHeading(line)) return null;
  const title = compact(line.text.replace(ORDINAL, ""));
  return HEADINGS.find(([pattern]) => pattern.test(title))?.[1] ?? null;
}

/** A line of the narrative: not a table row, the contact, an attachment label or a page number. */
export function isNarrativeText(line: Line): boolean {
  if (line.cells !== null || CONTACT.test(line.text) || ATTACHMENT_LABEL.test(compact(line.text))) return false;
  return !/^[-—\s]*(第?\s*\d+\s*页?)[-—\s]*$/.test(line.text);
}

/**
 * The narrative sections by their headings. A heading's key is taken once, later look-alikes are
 * text, unless they head a part or chapter (a 决算 explains 政府性基金 after “三公”).
 */
export function readSections(lines: Line[]): Partial<Record<SectionKey, string>> {
  const collected = new Map<SectionKey, Line[]>();
  let current: SectionKey | null = null;
  for (const line of lines) {
    if (!isNarrativeText(line)) continue;
    const key = headingKey(line);
    // a part without a section of its own (第四部分 附件) ends the one before it
    if (key === null && PART.test(line.text) && looksLikeHeading(line)) {
      current = null;
      continue;
    }
    if (key && (key === current || !collected.get(key)?.length || TOP_LEVEL.test(line.text))) {
      current = key;
      if (!collected.has(key)) collected.set(key, []);
      continue;
    }
    // a sub-heading (（一）机关运行经费) stays on a line of its own
    if (current) collected.get(current)!.push({ ...line, heading: looksLikeHeading(line) });
  }
  const sections: Partial<Record<SectionKey, string>> = {};
  for (const [key, sectionLines] of collected) {
    const text = unwrap(sectionLines);
    if (text !== "") sections[key] = text;
  }
  return sections;
}

const LIST_ITEM = /^(?:\d+[.、．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+、)/;

/**
 * Joins lines the PDF wrapped mid-sentence; keeps breaks after a sentence, before a list item and
 * around a sub-heading marked up as such (**（一）机关运行经费**).
 */
export function unwrap(lines: Line[]): string {
  let out = "";
  let afterHeading = false;
  for (const { text, heading } of lines) {
    if (out === "") out = text;
    else if (afterHeading || heading || /[。；;！？!?：:]$/.test(out) || LIST_ITEM.test(text)) out += "\n" + text;
    else out += text;
    afterHeading = heading;
  }
  return out;
}

/** The disclosure contact (部门预算公开联系人 … 联系方式 …), possibly over two lines; the 公开 contact first. */
export function readContact(lines: Line[]): { name: string; phone: string } | undefined {
  // the name and the number may be separated by a tab, which makes the line a row of two cells
  const plain = lines.filter((l) => l.cells === null || l.cells.filter((c) => c !== "").length <= 2);
  const disclosureContact = plain.findIndex((l) => /公开/.test(l.text) && CONTACT_PERSON.test(l.text));
  const at = disclosureContact >= 0 ? disclosureContact : plain.findIndex((l) => CONTACT_PERSON.test(l.text));
  const line = plain[at];
  if (!line) return undefined;
  const next = plain[at + 1];
  const text = line.text + (next && /^联系(方式|电话)|^电话/.test(next.text) ? " " + next.text : "");
  // “联系人：张三 联系电话：…”, or both after one label: “联系人及电话：张三 023-…”
  const name = text.match(/联系人(?:及(?:联系)?(?:电话|方式))?[:：]\s*([^\s:：，,；;0-9０-９(（]+?)(?=[\s，,；;0-9０-９(（]|联系|电话|$)/)?.[1] ?? "";
  const phone = text.match(/(?:联系方式|联系电话|电话)[:：]\s*(?:[^\s0-9０-９(（]+[\s，,；;]*)?([0-9０-９(（][0-9０-９\-－—()（）\s]*[0-9０-９])/)?.[1] ?? "";
  if (name === "" && phone === "") return undefined;
  return { name, phone: phone.replace(/\s+/g, "") };
}
