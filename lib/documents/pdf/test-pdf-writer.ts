/**
 * Writes small PDFs for tests: Chinese text in the non-embedded STSong-Light font (UniGB-UCS2-H,
 * which pdf.js decodes through its CMaps) and stroked lines, on A4 pages. Coordinates are top-down
 * points, as the reader's own.
 */
export type TestItem =
  | { text: string; x: number; y: number; size?: number; align?: "left" | "right" }
  | { line: [number, number, number, number] };

const PAGE_HEIGHT = 842;

/** The width STSong-Light sets a string in: ASCII half an em, everything else a full em. */
export function textWidth(text: string, size: number): number {
  return [...text].reduce((w, c) => w + (c.charCodeAt(0) < 128 ? size / 2 : size), 0);
}

/** `rotate`: the pages' /Rotate (the viewer turns them; the text then runs up or down the page). */
export function writeTestPdf(pages: TestItem[][], { rotate = 0 }: { rotate?: number } = {}): Uint8Array {
  const objects = new Map<number, string>();
  objects.set(1, "<< /Type /Catalog /Pages 2 0 R >>");
  objects.set(3, "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>");
  objects.set(
    4,
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>",
  );
  objects.set(5, "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
  const kids: number[] = [];
  pages.forEach((items, i) => {
    const page = 10 + 2 * i;
    const content = items.map(operator).join("\n") + "\n";
    objects.set(page, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate ${rotate} /Resources << /Font << /F1 3 0 R >> >> /Contents ${page + 1} 0 R >>`);
    objects.set(page + 1, `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}endstream`);
    kids.push(page);
  });
  objects.set(2, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`);

  let out = "%PDF-1.4\n";
  const offsets = new Map<number, number>();
  const size = Math.max(...objects.keys()) + 1;
  for (const [n, body] of [...objects].sort((a, b) => a[0] - b[0])) {
    offsets.set(n, Buffer.byteLength(out, "latin1"));
    out += `${n} 0 obj\n${body}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++) {
    const offset = offsets.get(n);
    out += offset === undefined ? "0000000000 65535 f \n" : `${String(offset).padStart(10, "0")} 00000 n \n`;
  }
  out += `trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

function operator(item: TestItem): string {
  if ("line" in item) {
    const [x1, y1, x2, y2] = item.line;
    return `0.6 w ${x1} ${PAGE_HEIGHT - y1} m ${x2} ${PAGE_HEIGHT - y2} l S`;
  }
  const size = item.size ?? 10.5;
  const x = item.align === "right" ? item.x - textWidth(item.text, size) : item.x;
  const hex = Buffer.from(item.text, "utf16le").swap16().toString("hex");
  return `BT /F1 ${size} Tf 1 0 0 1 ${x} ${PAGE_HEIGHT - item.y} Tm <${hex}> Tj ET`;
}
