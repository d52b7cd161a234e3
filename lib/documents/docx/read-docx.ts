import { unzipSync } from "fflate";
import { ImportError } from "../errors";
import type { DocumentModel } from "../model";
import { isOle, oleKind, oleRefusal } from "../sniff-ole";
import { inflatedSize, isOpenDocument, isZip, zipEntries, ZipTooLarge, type ZipEntry } from "../sniff-zip";
import { documentBlocks } from "./document-xml";
import { ParagraphStyles } from "./paragraph-styles";

export const DOCX_DAMAGED = "Word 文件已损坏或不完整，无法读取";
export const DOCX_NOT_WORD = "不是 Word 文件（.docx），无法读取";
export const DOCX_EMPTY = "文件没有任何内容";

/**
 * How much of the package's XML (text, styles, relationships, whatever else it holds) the reader
 * inflates at most: a disclosure has 1–3 MB. Every part is measured, though only the text and the
 * styles are read: a package whose XML inflates past this is refused.
 */
export const DOCX_MAX_XML_BYTES = 32 * 1024 * 1024;

const DOCUMENT = "word/document.xml";
const STYLES = "word/styles.xml";

/**
 * A Word document (.docx) as blocks: headings, paragraphs and tables with merged cells expanded,
 * all on page 1 (a .docx has no fixed pages). Refuses, with ImportError, what is not a .docx, a
 * damaged or encrypted file, one whose XML inflates past `maxXmlBytes`, and a document without any text.
 */
export async function readDocx(bytes: Uint8Array, fileName: string, maxXmlBytes = DOCX_MAX_XML_BYTES): Promise<DocumentModel> {
  const refuse = (problem: string) => new ImportError({ fileName }, problem);
  if (bytes.length === 0) throw refuse(DOCX_EMPTY);
  if (isOle(bytes)) {
    const kind = oleKind(bytes);
    throw refuse(kind === "xls" ? notWord("Excel 工作簿（.xls）") : oleRefusal(kind));
  }
  if (!isZip(bytes)) throw refuse(DOCX_NOT_WORD);
  const entries = zipEntries(bytes);
  if (!entries) throw refuse(DOCX_DAMAGED);
  if (!entries.some((e) => e.name === DOCUMENT)) {
    if (isOpenDocument(entries)) throw refuse("是 OpenDocument 文件（.odt/.ods），无法读取；请另存为 .docx 后上传");
    throw refuse(notWord(entries.some((e) => e.name === "xl/workbook.xml") ? "Excel 工作簿（.xlsx）" : "一个 ZIP 压缩包（里面没有 Word 文档）"));
  }
  const sizes = checkSize(entries, bytes, maxXmlBytes, refuse);
  let parts: Partial<Record<string, string>>;
  try {
    parts = readParts(bytes, sizes);
  } catch {
    throw refuse(DOCX_DAMAGED);
  }
  const blocks = parts[DOCUMENT] === undefined ? null : documentBlocks(parts[DOCUMENT], new ParagraphStyles(parts[STYLES] ?? null));
  if (blocks === null) throw refuse(DOCX_DAMAGED);
  if (blocks.length === 0) throw refuse(DOCX_EMPTY);
  return { format: "docx", pages: 1, blocks };
}

function notWord(what: string): string {
  return `不是 Word 文件（.docx），而是${/^[A-Za-z]/.test(what) ? " " : ""}${what}，无法按 Word 文件读取`;
}

const utf8 = new TextDecoder("utf-8");

/**
 * The text and the styles, decoded; throws for a part that does not inflate, or inflates to other
 * than its measured size (fflate inflates into the size the directory declares: a part declared
 * smaller would be cut short).
 */
function readParts(bytes: Uint8Array, sizes: ReadonlyMap<string, number>): Partial<Record<string, string>> {
  const parts = unzipSync(bytes, { filter: (file) => file.name === DOCUMENT || file.name === STYLES });
  return Object.fromEntries(
    Object.entries(parts).map(([name, part]) => {
      if (part.length !== sizes.get(name)) throw new Error(`${name} inflates to ${sizes.get(name)} bytes, not ${part.length}`);
      return [name, utf8.decode(part)];
    }),
  );
}

/** The size every XML part really inflates to, by name; refuses a package whose XML inflates past `maxXmlBytes`, or damaged. */
function checkSize(entries: ZipEntry[], bytes: Uint8Array, maxXmlBytes: number, refuse: (problem: string) => ImportError): Map<string, number> {
  const sizes = new Map<string, number>();
  let budget = maxXmlBytes;
  try {
    for (const entry of entries) {
      if (!/\.(xml|rels)$/i.test(entry.name)) continue;
      if (entry.size > budget) throw new ZipTooLarge();
      const size = inflatedSize(bytes, entry, budget);
      sizes.set(entry.name, size);
      budget -= size;
    }
    return sizes;
  } catch (e) {
    const mb = Math.round((maxXmlBytes / 1024 / 1024) * 100) / 100;
    throw refuse(e instanceof ZipTooLarge ? `Word 文件过大（文字部分解压后超过 ${mb} MB），无法读取` : DOCX_DAMAGED);
  }
}
