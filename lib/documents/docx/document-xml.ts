import { Parser } from "htmlparser2";
import type { Block } from "../model";
import { BlockBuilder, type CellDraft, type RowDraft } from "./block-builder";
import { outlineLevelOf, type ParagraphStyles } from "./paragraph-styles";
import { symbolChar } from "./symbol-char";

/** A paragraph being read: its lines so far (a line break ends one) and what its properties say. */
interface ParagraphDraft {
  lines: string[];
  line: string;
  styleId: string | null;
  outlineLevel: number | null;
  /** Its mark deleted with tracked changes on: its text runs on into the next paragraph. */
  markDeleted: boolean;
}

/**
 * Subtrees without text of the document's own: deleted and moved-away text, field codes, the
 * formatting before a tracked change, a ruby's annotation, and the first of an mc:AlternateContent's
 * choices (its mc:Fallback holds the same content in the markup every reader knows).
 */
const SKIPPED = new Set([
  "w:del",
  "w:moveFrom",
  "w:instrText",
  "w:delInstrText",
  "w:pPrChange",
  "w:rPrChange",
  "w:tblPrChange",
  "w:trPrChange",
  "w:tcPrChange",
  "w:tblGridChange",
  "w:sectPrChange",
  "w:numberingChange",
  "w:rt",
  "mc:Choice",
]);

/**
 * The empty elements the reader acts on (keep in step with its switch). Every other empty `w:`
 * element is formatting — w:jc, w:sz, w:rFonts, a border's w:top… — and most of a document's
 * bytes: it is cut out before the XML is parsed, which leaves the parser a third of them to read.
 * An attribute holds no raw "<", so a match cannot begin inside one, and `[^>]*` keeps it to one tag.
 */
const ACTED_ON = ["p", "tbl", "tr", "tc", "pStyle", "outlineLvl", "tab", "ptab", "br", "cr", "noBreakHyphen", "sym", "gridBefore", "gridAfter", "gridSpan", "vMerge", "del"];
const FORMATTING = new RegExp(`<w:(?!(?:${ACTED_ON.join("|")})[\\s/])[A-Za-z]+(?:\\s[^>]*)?/>`, "g");

/**
 * The blocks of `word/document.xml`, read as it streams past (SAX, no DOM): the text of `w:t`
 * (`w:tab` a space, `w:br` and `w:cr` a line break), each paragraph as its style makes it, tables
 * with `w:gridSpan`, `w:vMerge` and `w:gridBefore`/`w:gridAfter`. Deleted text is left out,
 * inserted text kept; a text box's paragraphs stand before the paragraph that anchors it. Null
 * when the part is not a Word document's body.
 */
export function documentBlocks(xml: string, styles: ParagraphStyles): Block[] | null {
  const builder = new BlockBuilder();
  let root: string | null = null;
  let skip = 0;
  let inText = false;
  // whose properties are being read: a paragraph's (its mark's run properties), a row's, a cell's
  let props: "p" | "p-mark" | "tr" | "tc" | null = null;
  let paragraph: ParagraphDraft | null = null;
  let carried: ParagraphDraft | null = null;
  let row: RowDraft | null = null;
  let cell: CellDraft | null = null;
  // paragraphs that anchor the text box being read
  const anchors: (ParagraphDraft | null)[] = [];

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        root ??= name;
        if (skip > 0) {
          skip++;
          return;
        }
        const value = attribs["w:val"];
        switch (name) {
          case "w:p":
            paragraph = { lines: carried?.lines ?? [], line: carried?.line ?? "", styleId: null, outlineLevel: null, markDeleted: false };
            carried = null;
            break;
          case "w:pPr":
            if (paragraph) props = "p";
            break;
          case "w:rPr":
            if (props === "p") props = "p-mark";
            break;
          case "w:pStyle":
            if (props === "p") paragraph!.styleId = value ?? null;
            break;
          case "w:outlineLvl":
            if (props === "p") paragraph!.outlineLevel = outlineLevelOf(value);
            break;
          case "w:t":
            inText = true;
            break;
          case "w:tab":
          case "w:ptab":
            // w:pPr's w:tabs lists tab stops, not tabs
            if (paragraph && props === null) paragraph.line += " ";
            break;
          case "w:br":
          case "w:cr":
            if (paragraph) {
              paragraph.lines.push(paragraph.line);
              paragraph.line = "";
            }
            break;
          case "w:noBreakHyphen":
            if (paragraph) paragraph.line += "-";
            break;
          case "w:sym":
            if (paragraph) paragraph.line += symbolChar(attribs["w:font"], attribs["w:char"]);
            break;
          case "w:txbxContent":
            anchors.push(paragraph);
            paragraph = null;
            break;
          case "w:tbl":
            builder.openTable();
            break;
          case "w:tr":
            row = builder.openRow();
            break;
          case "w:trPr":
            props = "tr";
            break;
          case "w:gridBefore":
          case "w:gridAfter":
            if (props === "tr" && row) row[name === "w:gridBefore" ? "gridBefore" : "gridAfter"] = count(value, 0);
            break;
          case "w:tc":
            cell = builder.openCell();
            break;
          case "w:tcPr":
            props = "tc";
            break;
          case "w:gridSpan":
            if (props === "tc" && cell) cell.colspan = count(value, 1);
            break;
          case "w:vMerge":
            if (props === "tc" && cell) cell.continuesAbove = value === undefined || value === "continue";
            break;
          default:
            if (SKIPPED.has(name)) {
              // w:del in a paragraph mark's or a row's properties marks it deleted
              if (name === "w:del" && props === "p-mark") paragraph!.markDeleted = true;
              if (name === "w:del" && props === "tr" && row) row.deleted = true;
              skip = 1;
            }
        }
      },
      ontext(text) {
        if (inText && skip === 0 && paragraph) paragraph.line += text;
      },
      onclosetag(name) {
        if (skip > 0) {
          skip--;
          return;
        }
        switch (name) {
          case "w:t":
            inText = false;
            break;
          case "w:pPr":
          case "w:trPr":
          case "w:tcPr":
            props = null;
            break;
          case "w:rPr":
            if (props === "p-mark") props = "p";
            break;
          case "w:p":
            if (paragraph?.markDeleted) carried = paragraph;
            else if (paragraph) builder.paragraph([...paragraph.lines, paragraph.line], styles.role(paragraph.styleId, paragraph.outlineLevel));
            paragraph = null;
            break;
          case "w:txbxContent":
            paragraph = anchors.pop() ?? null;
            break;
          case "w:tc":
            builder.closeCell();
            cell = null;
            break;
          case "w:tr":
            builder.closeRow();
            row = null;
            break;
          case "w:tbl":
            builder.closeTable();
            break;
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(xml.replace(FORMATTING, ""));
  return root === "w:document" ? builder.blocks : null;
}

/** A count of grid columns: a positive integer, `fallback` when absent or not one. */
function count(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}
