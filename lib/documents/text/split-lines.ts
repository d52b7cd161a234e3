import { cleanCell, stripMarkdown, type Line } from "../recognize/lines";

const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const MARKDOWN_RULE = /^:?-{2,}:?$/;

/** Splits the text into lines, dropping blank lines and markdown table rules. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  text.split(/\r\n|\r|\n|\f/).forEach((raw, index) => {
    const line = raw.replace(HTML_TAG, " ").replace(/\u00a0/g, " ");
    const cells = splitCells(line);
    if (cells) {
      if (cells.every((c) => c === "" || MARKDOWN_RULE.test(c))) return;
      lines.push({ no: index + 1, page: 1, text: cells.filter((c) => c !== "").join(" "), cells, heading: false });
      return;
    }
    const plain = stripMarkdown(line);
    if (plain !== "") lines.push({ no: index + 1, page: 1, text: plain, cells: null, heading: isMarkdownHeading(line) });
  });
  return lines;
}

function splitCells(line: string): string[] | null {
  if (line.includes("\t")) return line.split("\t").map(cleanCell);
  const trimmed = line.trim();
  if (trimmed.length > 1 && trimmed.startsWith("|") && trimmed.endsWith("|")) {
    return trimmed.slice(1, -1).split("|").map(cleanCell);
  }
  return null;
}


function isMarkdownHeading(raw: string): boolean {
  return /^\s*#{1,6}\s/.test(raw) || /^\s*\*\*[^*]+\*\*\s*$/.test(raw);
}
