import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { presentSections, type SectionHeading } from "@/lib/disclosure/section-headings";
import { type NarrativeGroup, NarrativeText } from "./narrative-text";
import type { TocEntry } from "./table-of-contents";

/** The sections under a part heading (一、单位基本情况, 第二部分 部门决算情况说明) or standing alone. */
interface Group {
  part: { id: string; heading: string } | null;
  sections: SectionHeading[];
}

/** The document's sections grouped by the part they are printed under; the first part is the 基本情况 (#section-basic). */
function groupsOf(doc: DisclosureDocument): Group[] {
  const groups: Group[] = [];
  for (const section of presentSections(doc)) {
    const last = groups.at(-1);
    if (last && section.part && last.part?.heading === section.part) last.sections.push(section);
    else {
      const parts = groups.filter((g) => g.part).length;
      const part = section.part ? { id: parts === 0 ? "section-basic" : `section-part-${parts + 1}`, heading: section.part } : null;
      groups.push({ part, sections: [section] });
    }
  }
  return groups;
}

/** The narrative's headings as table-of-contents entries, each linking to its section. */
export function narrativeEntries(doc: DisclosureDocument): TocEntry[] {
  return groupsOf(doc).flatMap(({ part, sections }) => [
    ...(part ? [{ href: `#${part.id}`, label: part.heading }] : []),
    ...sections.map((s) => ({ href: `#section-${s.key}`, label: s.heading, nested: s.level === 3 })),
  ]);
}

const paragraphs = (text: string) => text.split(/\n+/).filter((p) => p.trim());

export function Narrative({ doc }: { doc: DisclosureDocument }) {
  const groups = groupsOf(doc);
  if (groups.length === 0) return <p className="text-stone-700">本文件没有文字说明。</p>;
  return (
    <NarrativeText
      groups={groups.map(({ part, sections }): NarrativeGroup => [
        part ? [part.id, part.heading] : null,
        sections.map(({ key, heading, level }) => [key, heading, level, paragraphs(doc.sections[key]!)]),
      ])}
    />
  );
}
