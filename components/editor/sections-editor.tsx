"use client";

import { hasMark, type ReviewMark, sectionMark } from "@/lib/disclosure/carry-over";
import { type DisclosureDocument, SOURCE_UNITS, type SourceUnit } from "@/lib/disclosure/schema";
import { sectionHeadingsFor } from "@/lib/disclosure/section-headings";
import { anchorKey } from "./anchors";
import { MARK_NOTES, markButton, PendingMark } from "./review-mark";

type Patch = (change: Partial<DisclosureDocument>) => void;

const field = "mt-1 w-full rounded border border-stone-300 px-3 py-2 data-[highlight=true]:ring-4 data-[highlight=true]:ring-amber-400";

/** The narrative of the 情况说明 (of a 预算 or a 决算), section by section under the headings the documents print, each with a guide to what it must say. */
export function SectionsEditor({ doc, commented, marks, onConfirm, onPatch }: { doc: DisclosureDocument; commented: ReadonlySet<string>; marks: readonly ReviewMark[]; onConfirm: (mark: ReviewMark) => void; onPatch: Patch }) {
  return (
    <div className="space-y-4">
      {sectionHeadingsFor(doc.kind, doc.sections).map(({ key, heading, level, guide, part }, i, all) => {
        const anchor = anchorKey({ section: key });
        const mark = sectionMark(key);
        return (
          <div key={key}>
            {part && all[i - 1]?.part !== part ? <h3 className="mb-4 text-lg font-semibold">{part}</h3> : null}
            <label htmlFor={`section-${key}`} className={level === 2 ? "block text-lg font-semibold" : "block font-medium"}>
              {heading}
              {commented.has(anchor) ? <span className="ml-2 rounded bg-sky-100 px-1 text-xs font-normal text-sky-900">有审核批注</span> : null}
            </label>
            <p id={`section-${key}-guide`} className="text-sm text-stone-700">{guide}</p>
            {hasMark(marks, mark) ? (
              <PendingMark note={MARK_NOTES.section}>
                <button type="button" onClick={() => onConfirm(mark)} aria-label={`已更新${heading}`} className={markButton}>已更新</button>
              </PendingMark>
            ) : null}
            <textarea
              id={`section-${key}`}
              data-anchor={anchor}
              aria-describedby={`section-${key}-guide`}
              rows={key === "functions" || key === "glossary" ? 6 : 4}
              value={doc.sections[key] ?? ""}
              onChange={(e) => onPatch({ sections: { ...doc.sections, [key]: e.target.value } })}
              className={field}
            />
          </div>
        );
      })}
    </div>
  );
}

/** 联系人, 联系方式 and the unit the source document states its amounts in. */
export function ContactEditor({ doc, onPatch }: { doc: DisclosureDocument; onPatch: Patch }) {
  const contact = doc.contact ?? { name: "", phone: "" };
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <div>
        <label htmlFor="contact-name" className="block font-medium">部门预算公开联系人</label>
        <input id="contact-name" value={contact.name} onChange={(e) => onPatch({ contact: { ...contact, name: e.target.value } })} className={field} />
      </div>
      <div>
        <label htmlFor="contact-phone" className="block font-medium">联系方式</label>
        <input id="contact-phone" type="tel" value={contact.phone} onChange={(e) => onPatch({ contact: { ...contact, phone: e.target.value } })} className={field} />
      </div>
      <div>
        <label htmlFor="source-unit" className="block font-medium">原文件金额单位</label>
        <select id="source-unit" value={doc.sourceUnit} onChange={(e) => onPatch({ sourceUnit: e.target.value as SourceUnit })} className={field}>
          {SOURCE_UNITS.map((u) => (
            <option key={u} value={u}>{u}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
