import { apply, IDENTITY, multiply, type Glyph, type Matrix, type Segment } from "./geometry";
import type { Pdfjs, PdfPage } from "./pdfjs";
import { pathSegments } from "./path-segments";

/** What a page prints that the reader uses: its characters and its straight rulings, in page points. */
export interface PageContent {
  width: number;
  height: number;
  glyphs: Glyph[];
  segments: Segment[];
}

interface FontInfo {
  fontMatrix?: number[];
  vertical?: boolean;
  ascent?: number;
  descent?: number;
}

interface ShownGlyph {
  unicode: string;
  width: number;
  isSpace: boolean;
}

interface GraphicsState {
  ctm: Matrix;
  fillVisible: boolean;
  strokeVisible: boolean;
  lineWidth: number;
  font: FontInfo | null;
  fontSize: number;
  fontDirection: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

/**
 * Reads a page's operator list once, tracking the graphics state (save/restore, transforms, form
 * XObjects) and the text state as pdf.js's canvas renderer does, so each glyph gets its exact
 * position (pdf.js's text content merges neighbouring cells' text into one item) and each path its
 * true coordinates. Glyph fonts come from the page's commonObjs.
 */
export async function readPageContent(pdfjs: Pdfjs, page: PdfPage): Promise<PageContent> {
  const { OPS } = pdfjs;
  const viewport = page.getViewport({ scale: 1 });
  const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const fonts = await resolveFonts(page, operators.fnArray, operators.argsArray, OPS.setFont);
  const glyphs: Glyph[] = [];
  const segments: Segment[] = [];

  let gs: GraphicsState = {
    ctm: viewport.transform.slice(0, 6) as Matrix,
    fillVisible: true,
    strokeVisible: true,
    lineWidth: 1,
    font: null,
    fontSize: 0,
    fontDirection: 1,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
  };
  const stack: GraphicsState[] = [];
  let textMatrix: Matrix = IDENTITY;
  let x = 0;
  let y = 0;
  let lineX = 0;
  let lineY = 0;

  const moveText = (dx: number, dy: number) => {
    x = lineX += dx;
    y = lineY += dy;
  };
  const setFont = (name: unknown, size: unknown) => {
    const font = typeof name === "string" ? fonts.get(name) ?? null : null;
    const s = typeof size === "number" ? size : 0;
    gs.font = font;
    gs.fontDirection = s < 0 ? -1 : 1;
    gs.fontSize = Math.abs(s);
  };

  const { fnArray, argsArray } = operators;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push({ ...gs });
        break;
      case OPS.restore:
        gs = stack.pop() ?? gs;
        break;
      case OPS.transform:
        gs.ctm = multiply(gs.ctm, args as number[]);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...gs });
        const matrix = args?.[0] as number[] | null;
        if (matrix && matrix.length === 6) gs.ctm = multiply(gs.ctm, Array.from(matrix));
        break;
      }
      case OPS.paintFormXObjectEnd:
        gs = stack.pop() ?? gs;
        break;
      case OPS.setLineWidth:
        gs.lineWidth = Number(args?.[0]) || 0;
        break;
      case OPS.setFillRGBColor:
        gs.fillVisible = !isWhite(args?.[0]);
        break;
      case OPS.setStrokeRGBColor:
        gs.strokeVisible = !isWhite(args?.[0]);
        break;
      case OPS.setFillTransparent:
        gs.fillVisible = false;
        break;
      case OPS.setStrokeTransparent:
        gs.strokeVisible = false;
        break;
      case OPS.setFillColorN:
        gs.fillVisible = true;
        break;
      case OPS.setStrokeColorN:
        gs.strokeVisible = true;
        break;
      case OPS.setGState:
        for (const entry of (args?.[0] as [string, unknown][] | undefined) ?? []) {
          if (entry[0] === "LW") gs.lineWidth = Number(entry[1]) || 0;
          if (entry[0] === "Font" && Array.isArray(entry[1])) setFont(entry[1][0], entry[1][1]);
        }
        break;
      case OPS.constructPath:
        pathSegments(args as [number, (ArrayLike<number> | null)[]], OPS, gs.ctm, gs.lineWidth, gs.fillVisible, gs.strokeVisible, segments);
        break;
      case OPS.beginText:
        textMatrix = IDENTITY;
        x = y = lineX = lineY = 0;
        break;
      case OPS.setTextMatrix:
        textMatrix = Array.from(args?.[0] as ArrayLike<number>) as Matrix;
        x = y = lineX = lineY = 0;
        break;
      case OPS.setFont:
        setFont(args?.[0], args?.[1]);
        break;
      case OPS.setCharSpacing:
        gs.charSpacing = Number(args?.[0]) || 0;
        break;
      case OPS.setWordSpacing:
        gs.wordSpacing = Number(args?.[0]) || 0;
        break;
      case OPS.setHScale:
        gs.hScale = (Number(args?.[0]) || 100) / 100;
        break;
      case OPS.setLeading:
        gs.leading = -(Number(args?.[0]) || 0);
        break;
      case OPS.setTextRise:
        gs.rise = Number(args?.[0]) || 0;
        break;
      case OPS.moveText:
        moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
        break;
      case OPS.setLeadingMoveText:
        gs.leading = Number(args?.[1]) || 0;
        moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
        break;
      case OPS.nextLine:
        moveText(0, gs.leading);
        break;
      case OPS.showText: {
        const advance = showText(args?.[0] as (ShownGlyph | number)[], gs, multiply(gs.ctm, textMatrix), x, y, glyphs);
        if (gs.font?.vertical) y -= advance;
        else x += advance;
        break;
      }
    }
  }
  return { width: viewport.width, height: viewport.height, glyphs, segments };
}

/** Fonts named by the page's setFont operators (and ExtGState fonts), as pdf.js resolved them. */
async function resolveFonts(page: PdfPage, fnArray: number[], argsArray: unknown[], setFontOp: number): Promise<Map<string, FontInfo>> {
  const names = new Set<string>();
  for (let i = 0; i < fnArray.length; i++) {
    const args = argsArray[i] as unknown[] | null;
    if (fnArray[i] === setFontOp && typeof args?.[0] === "string") names.add(args[0]);
    else if (Array.isArray(args?.[0])) {
      for (const entry of args[0] as unknown[]) {
        if (Array.isArray(entry) && entry[0] === "Font" && Array.isArray(entry[1]) && typeof entry[1][0] === "string") names.add(entry[1][0]);
      }
    }
  }
  const fonts = new Map<string, FontInfo>();
  await Promise.all(
    [...names].map(
      (name) =>
        new Promise<void>((resolve) => {
          page.commonObjs.get(name, (font: unknown) => {
            // a font pdf.js failed to load resolves to its error: measure it with defaults
            fonts.set(name, font && typeof font === "object" && !(font instanceof Error) ? (font as FontInfo) : {});
            resolve();
          });
        }),
    ),
  );
  return fonts;
}

const FONT_IDENTITY = [0.001, 0, 0, 0.001, 0, 0];

/** Places one showText's glyphs; returns the advance in text space. */
function showText(items: (ShownGlyph | number)[] | undefined, gs: GraphicsState, textToUser: Matrix, x: number, y: number, out: Glyph[]): number {
  if (!items || gs.fontSize === 0) return 0;
  const font = gs.font ?? {};
  const fontMatrix = font.fontMatrix && font.fontMatrix[0] ? font.fontMatrix : FONT_IDENTITY;
  const vertical = font.vertical === true;
  const size = gs.fontSize;
  const hScale = gs.hScale * gs.fontDirection;
  const widthScale = size * fontMatrix[0]!;
  // the em square's height on the page
  const pageSize = size * Math.hypot(textToUser[2], textToUser[3]);
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
      [ox, oy] = apply(textToUser, x, y + gs.rise - advance);
      [ex, ey] = [ox + pageSize, oy];
      advance += glyphWidth - spacing * gs.fontDirection;
    } else {
      [ox, oy] = apply(textToUser, x + advance * hScale, y + gs.rise);
      [ex, ey] = apply(textToUser, x + (advance + glyphWidth) * hScale, y + gs.rise);
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

/** White (or nearly) paint: backgrounds and masks, not rulings. */
function isWhite(color: unknown): boolean {
  if (typeof color !== "string" || !/^#[0-9a-f]{6}$/i.test(color)) return false;
  const value = parseInt(color.slice(1), 16);
  return (value >> 16) >= 0xf0 && ((value >> 8) & 0xff) >= 0xf0 && (value & 0xff) >= 0xf0;
}
