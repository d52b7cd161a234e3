import type { PageLayout } from "./page-layout";
import type { TextFrame } from "./paragraphs";

/**
 * The body text's left and right margins for each page, read from all pages of the same width (a
 * landscape table page has other margins than a portrait text page): the leftmost line start
 * shared by many lines (first lines are indented) and, among long lines, the most common line end. The body size is the size most characters have.
 */
export function textFrames(layouts: PageLayout[]): Map<number, TextFrame> {
  const sizes = new Map<number, number>();
  for (const line of layouts.flatMap((l) => l.lines)) {
    const key = Math.round(line.size * 2) / 2;
    sizes.set(key, (sizes.get(key) ?? 0) + line.text.length);
  }
  const bodySize = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;

  const frames = new Map<number, TextFrame>();
  const byWidth = new Map<number, PageLayout[]>();
  for (const layout of layouts) {
    const key = Math.round(layout.width / 10);
    const group = byWidth.get(key);
    if (group) group.push(layout);
    else byWidth.set(key, [layout]);
  }
  for (const group of byWidth.values()) {
    const lines = group.flatMap((l) => l.lines).filter((l) => Math.abs(l.size - bodySize) <= 0.15 * bodySize);
    const width = group[0]!.width;
    const left = mode(lines.map((l) => l.x0), "leftmost") ?? Math.min(width * 0.1, ...group.flatMap((l) => l.lines.map((x) => x.x0)));
    const long = lines.filter((l) => l.x1 - l.x0 > 0.5 * width);
    const right = mode(long.map((l) => l.x1), "most") ?? Math.max(width * 0.9, ...group.flatMap((l) => l.lines.map((x) => x.x1)));
    for (const layout of group) frames.set(layout.page, { left, right, bodySize });
  }
  return frames;
}

/**
 * Values binned by 3 points: the mean of the fullest bin ("most"), or of the leftmost bin holding at
 * least a sixth of the values ("leftmost"); null without values.
 */
function mode(values: number[], pick: "most" | "leftmost"): number | null {
  if (values.length === 0) return null;
  const bins = new Map<number, number[]>();
  for (const v of values) {
    const key = Math.round(v / 3);
    const bin = bins.get(key);
    if (bin) bin.push(v);
    else bins.set(key, [v]);
  }
  const sorted = [...bins].sort((a, b) => (pick === "most" ? b[1].length - a[1].length : a[0] - b[0]));
  const best = pick === "most" ? sorted[0]![1] : (sorted.find(([, bin]) => bin.length >= values.length / 6) ?? sorted[0]!)[1];
  return best.reduce((a, b) => a + b, 0) / best.length;
}
