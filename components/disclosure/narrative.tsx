import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { BASIC_INFO_HEADING, SECTION_HEADINGS } from "@/lib/disclosure/section-headings";
import type { TocEntry } from "./table-of-contents";

/** The narrative's headings as table-of-contents entries, each linking to its section. */
export function narrativeEntries(doc: DisclosureDocument): TocEntry[] {
  const present = SECTION_HEADINGS.filter((s) => doc.sections[s.key]);
  const basic: TocEntry[] = doc.sections.functions || doc.sections.structure ? [{ href: "#section-basic", label: BASIC_INFO_HEADING }] : [];
  return [...basic, ...present.map((s) => ({ href: `#section-${s.key}`, label: s.heading, nested: s.level === 3 }))];
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n+/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </>
  );
}

export function Narrative({ doc }: { doc: DisclosureDocument }) {
  const present = SECTION_HEADINGS.filter((s) => doc.sections[s.key]);
  if (present.length === 0) return <p className="text-stone-700">本文件没有文字说明。</p>;
  return (
    <div className="narrative">
      {doc.sections.functions || doc.sections.structure ? <h2 id="section-basic" className="mb-2 mt-6 scroll-mt-4 text-lg font-semibold">{BASIC_INFO_HEADING}</h2> : null}
      {present.map(({ key, heading, level }) => (
        <section key={key} id={`section-${key}`} aria-label={heading} className="scroll-mt-4">
          {level === 2 ? <h2 className="mb-2 mt-6 text-lg font-semibold">{heading}</h2> : <h3 className="mb-2 mt-4 font-semibold">{heading}</h3>}
          <Paragraphs text={doc.sections[key]!} />
        </section>
      ))}
    </div>
  );
}
