import { IDENTITY, multiply, type Glyph, type Matrix, type Segment } from "./geometry";
import { pathSegments } from "./path-segments";
import type { Pdfjs, PdfPage } from "./pdfjs";
import { showText, type FontInfo, type ShownGlyph, type TextState } from "./show-text";

export type Operators = Awaited<ReturnType<PdfPage["getOperatorList"]>>;

interface GraphicsState extends TextState {
  ctm: Matrix;
  fillVisible: boolean;
  strokeVisible: boolean;
  lineWidth: number;
  leading: number;
}

interface Walked {
  glyphs: Glyph[];
  segments: Segment[];
  /** Glyphs running right, down, left and up the page. */
  directions: number[];
}

/**
 * One pass over a page's operator list with the graphics state (save/restore, cm, form XObjects,
 * colours, line width) and the text state and matrices tracked: the glyphs shown and the rulings
 * painted, in the coordinates `base` maps user space to.
 */
export function walk(OPS: Pdfjs["OPS"], operators: Operators, fonts: Map<string, FontInfo>, base: Matrix): Walked {
  const glyphs: Glyph[] = [];
  const segments: Segment[] = [];
  const directions = [0, 0, 0, 0];

  let gs: GraphicsState = {
    ctm: base,
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
        const toPage = multiply(gs.ctm, textMatrix);
        const before = glyphs.length;
        const advance = showText(args?.[0] as (ShownGlyph | number)[], gs, toPage, x, y, glyphs);
        if (gs.font?.vertical) y -= advance;
        else x += advance;
        // the baseline's direction on the page: 0 right, 1 down, 2 left, 3 up
        const quadrant = (Math.round(Math.atan2(toPage[1] * gs.hScale, toPage[0] * gs.hScale) / (Math.PI / 2)) + 4) % 4;
        directions[quadrant]! += glyphs.length - before;
        break;
      }
    }
  }
  return { glyphs, segments, directions };
}

/** White (or nearly) paint: backgrounds and masks, not rulings. */
function isWhite(color: unknown): boolean {
  if (typeof color !== "string" || !/^#[0-9a-f]{6}$/i.test(color)) return false;
  const value = parseInt(color.slice(1), 16);
  return (value >> 16) >= 0xf0 && ((value >> 8) & 0xff) >= 0xf0 && (value & 0xff) >= 0xf0;
}
