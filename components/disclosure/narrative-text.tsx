"use client";

/** A section: its key (its anchor is `section-KEY`), its heading, the level the heading is printed at and its paragraphs. */
export type NarrativeSection = readonly [key: string, heading: string, level: number, paragraphs: readonly string[]];
/** The sections under a part heading (its anchor id and heading), or standing alone (null). */
export type NarrativeGroup = readonly [part: readonly [id: string, heading: string] | null, sections: readonly NarrativeSection[]];

/**
 * A disclosure's narrative rendered from its text: as a client component's props the
 * paragraphs travel as plain strings in the payload that hydrates the page, without an element
 * around each.
 */
export function NarrativeText({ groups }: { groups: readonly NarrativeGroup[] }) {
  return (
    <div className="narrative">
      {groups.map(([part, sections]) => [
        part ? <h2 key={part[0]} id={part[0]} className="mb-2 mt-6 scroll-mt-4 text-lg font-semibold">{part[1]}</h2> : null,
        ...sections.map(([key, heading, level, paragraphs]) => (
          <section key={key} id={`section-${key}`} aria-label={heading} className="scroll-mt-4">
            {level === 2 ? <h2 className="mb-2 mt-6 text-lg font-semibold">{heading}</h2> : <h3 className="mb-2 mt-4 font-semibold">{heading}</h3>}
            {paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </section>
        )),
      ])}
    </div>
  );
}
