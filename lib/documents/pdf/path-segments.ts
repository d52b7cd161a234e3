import { apply, type Matrix, type Segment } from "./geometry";
import type { Pdfjs } from "./pdfjs";

/** pdf.js 5.x path data codes inside constructPath's Float32Array (DrawOPS in pdf.mjs). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;

/** A ruling is at most this thick (points): thicker strokes and filled bars are decoration. */
const MAX_RULE_WIDTH = 3;
/** How far off axis-parallel (points) a ruling may be. */
const SLANT = 0.6;

type Point = [number, number];

/**
 * The horizontal and vertical rulings one painted path draws, in page coordinates: stroked straight
 * lines (moveTo/lineTo, rectangle edges) and filled thin rectangles (how WPS, Word and Chrome print
 * table borders). A larger filled, non-white rectangle (a shaded cell) contributes its edges.
 * Clipping paths (endPath) and white paint draw nothing.
 *
 * constructPath's args in pdf.js 5.x: [paintOp, [pathData | null], minMax], the path data a flat
 * Float32Array of DrawOPS codes and coordinates in the current user space.
 */
export function pathSegments(
  args: [number, (ArrayLike<number> | null)[]] | null,
  OPS: Pdfjs["OPS"],
  ctm: Matrix,
  lineWidth: number,
  fillVisible: boolean,
  strokeVisible: boolean,
  out: Segment[],
): void {
  const data = args?.[1]?.[0];
  if (!args || !data) return;
  const op = args[0];
  const stroke = strokeVisible && (op === OPS.stroke || op === OPS.closeStroke || fillAndStroke(op, OPS));
  const fill = fillVisible && (op === OPS.fill || op === OPS.eoFill || fillAndStroke(op, OPS));
  if (!stroke && !fill) return;
  const strokeWidth = lineWidth * Math.sqrt(Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]));
  if (stroke && strokeWidth > MAX_RULE_WIDTH && !fill) return;

  for (const { points, closed, straight } of subpaths(data, ctm)) {
    if (stroke && strokeWidth <= MAX_RULE_WIDTH) {
      const n = points.length;
      for (let k = 0; k + 1 < n; k++) addLine(points[k]!, points[k + 1]!, out);
      if (closed && n > 2) addLine(points[n - 1]!, points[0]!, out);
    }
    if (fill && straight) addFilledRect(points, out);
  }
}

interface Subpath {
  points: Point[];
  closed: boolean;
  /** No curve in it: a filled subpath of four corners may be a rectangle. */
  straight: boolean;
}

/** The path's straight runs in page coordinates; a curve ends a run (its end point starts the next). */
function subpaths(data: ArrayLike<number>, ctm: Matrix): Subpath[] {
  const out: Subpath[] = [];
  let current: Subpath = { points: [], closed: false, straight: true };
  const flush = (straight: boolean) => {
    if (current.points.length > 1) out.push({ ...current, straight: current.straight && straight });
    current = { points: [], closed: false, straight: true };
  };
  for (let i = 0; i < data.length; ) {
    const code = data[i++];
    if (code === MOVE_TO || code === LINE_TO) {
      if (code === MOVE_TO) flush(true);
      current.points.push(apply(ctm, data[i]!, data[i + 1]!));
      i += 2;
    } else if (code === CURVE_TO || code === QUAD_TO) {
      const n = code === CURVE_TO ? 6 : 4;
      flush(false);
      current.straight = false;
      current.points.push(apply(ctm, data[i + n - 2]!, data[i + n - 1]!));
      i += n;
    } else if (code === CLOSE) {
      const start = current.points[0];
      current.closed = true;
      flush(true);
      if (start) current.points.push(start);
    } else {
      break;
    }
  }
  flush(true);
  return out;
}

function fillAndStroke(op: number, OPS: Pdfjs["OPS"]): boolean {
  return op === OPS.fillStroke || op === OPS.eoFillStroke || op === OPS.closeFillStroke || op === OPS.closeEOFillStroke;
}

function addLine([x1, y1]: Point, [x2, y2]: Point, out: Segment[]): void {
  if (Math.abs(y2 - y1) <= SLANT && Math.abs(x2 - x1) > SLANT) {
    out.push({ horizontal: true, pos: (y1 + y2) / 2, start: Math.min(x1, x2), end: Math.max(x1, x2) });
  } else if (Math.abs(x2 - x1) <= SLANT && Math.abs(y2 - y1) > SLANT) {
    out.push({ horizontal: false, pos: (x1 + x2) / 2, start: Math.min(y1, y2), end: Math.max(y1, y2) });
  }
}

function addFilledRect(points: Point[], out: Segment[]): void {
  const ring = points.length > 4 && near(points[0]!, points[points.length - 1]!) ? points.slice(0, -1) : points;
  if (ring.length !== 4) return;
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  // axis-parallel: every corner sits on the bounding box's corners
  if (!ring.every(([x, y]) => (Math.abs(x - x0) <= SLANT || Math.abs(x - x1) <= SLANT) && (Math.abs(y - y0) <= SLANT || Math.abs(y - y1) <= SLANT))) return;
  const w = x1 - x0;
  const h = y1 - y0;
  if (w <= MAX_RULE_WIDTH && h <= MAX_RULE_WIDTH) return;
  if (h <= MAX_RULE_WIDTH) out.push({ horizontal: true, pos: (y0 + y1) / 2, start: x0, end: x1 });
  else if (w <= MAX_RULE_WIDTH) out.push({ horizontal: false, pos: (x0 + x1) / 2, start: y0, end: y1 });
  else {
    out.push({ horizontal: true, pos: y0, start: x0, end: x1 }, { horizontal: true, pos: y1, start: x0, end: x1 });
    out.push({ horizontal: false, pos: x0, start: y0, end: y1 }, { horizontal: false, pos: x1, start: y0, end: y1 });
  }
}

function near(a: Point, b: Point): boolean {
  return Math.abs(a[0] - b[0]) <= SLANT && Math.abs(a[1] - b[1]) <= SLANT;
}
