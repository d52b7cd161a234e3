import { apply, multiply, type Glyph, type Matrix, type Segment } from "./geometry";
import { walk, type Operators } from "./operator-walk";
import type { Pdfjs, PdfPage } from "./pdfjs";
import type { FontInfo } from "./show-text";

/** What a page prints that the reader uses: its characters and its straight rulings, in page points. */
export interface PageContent {
  width: number;
  height: number;
  glyphs: Glyph[];
  segments: Segment[];
}

/**
 * Reads a page's operator list, tracking the graphics state (save/restore, transforms, form
 * XObjects) and the text state as pdf.js's canvas renderer does, so each glyph gets its exact
 * position (pdf.js's text content merges neighbouring cells' text into one item) and each path its
 * true coordinates. Glyph fonts come from the page's commonObjs. A page whose text runs up or down
 * (a landscape table set on a portrait page) is turned so its text reads left to right.
 */
export async function readPageContent(pdfjs: Pdfjs, page: PdfPage): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const fonts = await resolveFonts(page, operators, pdfjs.OPS);
  const base = viewport.transform.slice(0, 6) as Matrix;
  const upright = walk(pdfjs.OPS, operators, fonts, base);
  const turns = quarterTurns(upright.directions);
  if (turns === 0) return { width: viewport.width, height: viewport.height, glyphs: upright.glyphs, segments: upright.segments };
  const { matrix, width, height } = turn(turns, viewport.width, viewport.height);
  const turned = walk(pdfjs.OPS, operators, fonts, multiply(matrix, base));
  return { width, height, glyphs: turned.glyphs, segments: turned.segments };
}

/** How many quarter turns (clockwise on the page) bring most of the text to reading left to right. */
function quarterTurns(directions: number[]): number {
  const total = directions.reduce((a, b) => a + b, 0);
  const [best, count] = directions.reduce<[number, number]>((acc, n, i) => (n > acc[1] ? [i, n] : acc), [0, directions[0]!]);
  return best !== 0 && count > 0.6 * total ? best : 0;
}

/** The rotation (about the page's corner, kept in positive coordinates) undoing `turns` quarter turns of the text. */
function turn(turns: number, width: number, height: number): { matrix: Matrix; width: number; height: number } {
  const angle = (-turns * Math.PI) / 2;
  const [c, s] = [Math.round(Math.cos(angle)), Math.round(Math.sin(angle))];
  const rotation: Matrix = [c, s, -s, c, 0, 0];
  const corners = [apply(rotation, 0, 0), apply(rotation, width, 0), apply(rotation, 0, height), apply(rotation, width, height)];
  const dx = -Math.min(...corners.map((p) => p[0]));
  const dy = -Math.min(...corners.map((p) => p[1]));
  return { matrix: [c, s, -s, c, dx, dy], width: turns % 2 ? height : width, height: turns % 2 ? width : height };
}

/** Fonts named by the page's setFont operators (and ExtGState fonts), as pdf.js resolved them. */
async function resolveFonts(page: PdfPage, { fnArray, argsArray }: Operators, OPS: Pdfjs["OPS"]): Promise<Map<string, FontInfo>> {
  const names = new Set<string>();
  for (let i = 0; i < fnArray.length; i++) {
    const args = argsArray[i] as unknown[] | null;
    if (fnArray[i] === OPS.setFont && typeof args?.[0] === "string") names.add(args[0]);
    else if (fnArray[i] === OPS.setGState && Array.isArray(args?.[0])) {
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
