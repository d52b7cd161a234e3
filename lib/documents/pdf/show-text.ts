import { apply, type Glyph, type Matrix } from "./geometry";

/** What the reader needs of a font pdf.js loaded (a FontFaceObject from the page's commonObjs). */
export interface FontInfo {
  fontMatrix?: number[];
  vertical?: boolean;
  ascent?: number;
  descent?: number;
}

/** A glyph in a showText operator's arguments (numbers between glyphs are TJ adjustments). */
export interface ShownGlyph {
  unicode: string;
  width: number;
  isSpace: boolean;
}

/** The text state parameters (PDF Tf, Tc, Tw, Tz, Ts), part of the graphics state. */
export interface TextState {
  font: FontInfo | null;
  fontSize: number;
  /** -1 for a negative font size (text mirrored), else 1. */
  fontDirection: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  rise: number;
}

const FONT_IDENTITY = [0.001, 0, 0, 0.001, 0, 0];

/**
 * Places one showText's glyphs on the page as pdf.js's canvas renderer advances them (glyph widths
 * through the font matrix, character and word spacing, horizontal scaling, TJ adjustments); returns
 * the advance in text space. `textToPage` maps text space (after the text matrix) to the page.
 */
export function showText(items: (ShownGlyph | number)[] | undefined, gs: TextState, textToPage: Matrix, x: number, y: number, out: Glyph[]): number {
  if (!items || gs.fontSize === 0) return 0;
  const font = gs.font ?? {};
  const fontMatrix = font.fontMatrix && font.fontMatrix[0] ? font.fontMatrix : FONT_IDENTITY;
  const vertical = font.vertical === true;
  const size = gs.fontSize;
  const hScale = gs.hScale * gs.fontDirection;
  const widthScale = size * fontMatrix[0]!;
  // the em square's height on the page
  const pageSize = size * Math.hypot(textToPage[2], textToPage[3]);
  const ascent = font.ascent !== undefined && font.ascent > 0.5 && font.ascent < 1.2 ? font.ascent : 0.85;
  const descent = font.descent !== undefined && font.descent < 0 && font.descent > -0.5 ? font.descent : -0.15;

  let advance = 0;
  for (const item of items) {
    if (typeof item === "number") {
      advance += ((vertical ? 1 : -1) * item * size) / 1000;
      continue;
    }
    const spacing = (item.isSpace ? gs.wordSpacing : 0) + gs.charSpacing;
    const glyphWidth = item.width * widthScale;
    let ox: number, oy: number, ex: number, ey: number;
    if (vertical) {
      [ox, oy] = apply(textToPage, x, y + gs.rise - advance);
      [ex, ey] = [ox + pageSize, oy];
      advance += glyphWidth - spacing * gs.fontDirection;
    } else {
      [ox, oy] = apply(textToPage, x + advance * hScale, y + gs.rise);
      [ex, ey] = apply(textToPage, x + (advance + glyphWidth) * hScale, y + gs.rise);
      advance += glyphWidth + spacing * gs.fontDirection;
    }
    const text = item.unicode;
    if (!text) continue;
    const x0 = Math.min(ox, ex);
    const x1 = Math.max(ox, ex, x0 + pageSize * 0.1);
    const baseline = Math.abs(ey - oy) < pageSize * 0.5 ? oy : Math.max(oy, ey);
    out.push({
      text,
      x0,
      x1,
      top: baseline - ascent * pageSize,
      bottom: baseline - descent * pageSize,
      baseline,
      size: pageSize,
      // isSpace only says the char code is 32 (where word spacing applies): a Type3 font may draw 体 with it
      space: text.trim() === "",
    });
  }
  return vertical ? advance : advance * hScale;
}

