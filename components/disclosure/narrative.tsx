import type { DisclosureDocument, SectionKey } from "@/lib/disclosure/schema";

/** The narrative in the order and under the headings of the official 情况说明. */
export const SECTION_HEADINGS: { key: SectionKey; heading: string; level: 2 | 3 }[] = [
  { key: "functions", heading: "（一）职能职责", level: 3 },
  { key: "structure", heading: "（二）单位构成", level: 3 },
  { key: "overview", heading: "二、部门收支总体情况", level: 2 },
  { key: "budgetNotes", heading: "三、部门预算情况说明", level: 2 },
  { key: "threePublicNotes", heading: "四、“三公”经费情况说明", level: 2 },
  { key: "otherNotes", heading: "五、其他重要事项的情况说明", level: 2 },
  { key: "glossary", heading: "六、专业性名词解释", level: 2 },
];

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n+/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i} className="mb-2 indent-8 leading-7">{p}</p>
        ))}
    </>
  );
}

export function Narrative({ doc }: { doc: DisclosureDocument }) {
  const present = SECTION_HEADINGS.filter((s) => doc.sections[s.key]);
  if (present.length === 0) return <p className="text-stone-700">本文件没有文字说明。</p>;
  return (
    <div>
      {doc.sections.functions || doc.sections.structure ? <h2 className="mb-2 mt-6 text-lg font-semibold">一、单位基本情况</h2> : null}
      {present.map(({ key, heading, level }) => (
        <section key={key} id={`section-${key}`} aria-label={heading}>
          {level === 2 ? <h2 className="mb-2 mt-6 text-lg font-semibold">{heading}</h2> : <h3 className="mb-2 mt-4 font-semibold">{heading}</h3>}
          <Paragraphs text={doc.sections[key]!} />
        </section>
      ))}
    </div>
  );
}
