import { Parser } from "htmlparser2";
import type { ParagraphRole } from "./block-builder";

interface Style {
  name: string | null;
  basedOn: string | null;
  /** `w:outlineLvl`: 0–8 a heading level, 9 body text. */
  outlineLevel: number | null;
}

// Word writes built-in style names in English whatever the UI language ("heading 1", "Title");
// WPS and localised templates may write the Chinese ones. LibreOffice and Apple Pages call the
// parent of the heading styles "Heading". A table of contents repeats the headings with page numbers.
const HEADING_NAME = /^(?:(?:heading|标题)(?:\s*[1-9])?|title|subtitle)$/i;
const HEADING_ID = /^Heading[1-6]?$/;
const CONTENTS_NAME = /^(?:toc|目录)\s*[1-9]$/i;

/** Subtrees that describe earlier formatting (tracked changes) or other cases than the style's own paragraphs. */
const SKIPPED = new Set(["w:pPrChange", "w:rPrChange", "w:tblStylePr", "w:latentStyles", "w:docDefaults"]);

/** What a paragraph style says of its paragraphs: its name's role, if any, and its outline level. */
interface Resolved {
  named: "heading" | "contents" | null;
  outlineLevel: number | null;
}

/** The paragraph styles of `word/styles.xml`, by style id, as far as they make a paragraph a heading. */
export class ParagraphStyles {
  private readonly styles = new Map<string, Style>();
  private readonly resolved = new Map<string, Resolved>();

  constructor(xml: string | null) {
    if (xml) this.read(xml);
  }

  /**
   * A paragraph's role from its style (`w:pStyle`) and its own outline level: an entry of a table
   * of contents by its style's name; a heading when its style is named or identified as one, or
   * by its outline level, its own or else its style's (through the styles it is based on).
   */
  role(styleId: string | null, outlineLevel: number | null): ParagraphRole {
    const style = styleId === null ? null : this.resolve(styleId);
    if (style?.named) return style.named;
    const level = outlineLevel ?? style?.outlineLevel ?? null;
    return level !== null && level < 9 ? "heading" : "paragraph";
  }

  private resolve(styleId: string): Resolved {
    let resolved = this.resolved.get(styleId);
    if (!resolved) {
      const name = this.styles.get(styleId)?.name ?? "";
      const named = CONTENTS_NAME.test(name) ? "contents" : HEADING_ID.test(styleId) || HEADING_NAME.test(name) ? "heading" : null;
      resolved = { named, outlineLevel: this.outlineLevel(styleId) };
      this.resolved.set(styleId, resolved);
    }
    return resolved;
  }

  private outlineLevel(styleId: string): number | null {
    const seen = new Set<string>();
    for (let id: string | null = styleId; id !== null && !seen.has(id); ) {
      const style = this.styles.get(id);
      if (!style) break;
      if (style.outlineLevel !== null) return style.outlineLevel;
      seen.add(id);
      id = style.basedOn;
    }
    return null;
  }

  private read(xml: string): void {
    let style: Style | null = null;
    let inPPr = false;
    let skip = 0;
    const parser = new Parser(
      {
        onopentag: (name, attribs) => {
          if (skip > 0 || SKIPPED.has(name)) {
            skip++;
            return;
          }
          const value = attribs["w:val"] ?? null;
          if (name === "w:style") {
            const id = attribs["w:styleId"];
            style = null;
            // the first of two styles with one id is the one in force (ECMA-376 17.7.4.17)
            if (attribs["w:type"] === "paragraph" && id !== undefined && !this.styles.has(id)) {
              style = { name: null, basedOn: null, outlineLevel: null };
              this.styles.set(id, style);
            }
          } else if (!style) {
            return;
          } else if (name === "w:name") {
            style.name = value;
          } else if (name === "w:basedOn") {
            style.basedOn = value;
          } else if (name === "w:pPr") {
            inPPr = true;
          } else if (name === "w:outlineLvl" && inPPr) {
            style.outlineLevel = outlineLevelOf(value);
          }
        },
        onclosetag: (name) => {
          if (skip > 0) skip--;
          else if (name === "w:pPr") inPPr = false;
          else if (name === "w:style") style = null;
        },
      },
      { xmlMode: true },
    );
    parser.end(xml);
  }
}

/** `w:outlineLvl`'s value: 0–9, null when absent or not a level. */
export function outlineLevelOf(value: string | null | undefined): number | null {
  const level = value == null ? NaN : Number.parseInt(value, 10);
  return Number.isInteger(level) && level >= 0 && level <= 9 ? level : null;
}
