import mammoth from "mammoth";
import { ImportError } from "../errors";
import type { DocumentModel } from "../model";
import { isOle, oleKind, oleRefusal } from "../sniff-ole";
import { inflatedSize, isOpenDocument, isZip, zipEntries, ZipTooLarge, type ZipEntry } from "../sniff-zip";
import { htmlBlocks } from "./html-blocks";

export const DOCX_DAMAGED = "Word 文件已损坏或不完整，无法读取";
export const DOCX_NOT_WORD = "不是 Word 文件（.docx），无法读取";
export const DOCX_EMPTY = "文件没有任何内容";

/**
 * How much of the package's XML (text, styles, numbering, notes, relationships; mammoth does not
 * read the media) the reader decompresses at most: a disclosure has 1–3 MB.
 */
export const DOCX_MAX_XML_BYTES = 32 * 1024 * 1024;

// Word writes built-in style names in English whatever the UI language; WPS and localised
// templates may write the Chinese ones. A table of contents repeats the headings with page numbers.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='标题 ${n}'] => h${n}:fresh`),
  "p[style-name='标题'] => h1:fresh",
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`p[style-name='toc ${n}'] => !`, `p[style-name='TOC ${n}'] => !`, `p[style-name='目录 ${n}'] => !`]),
];

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
  if (!entries.some((e) => e.name === "word/document.xml")) {
    if (isOpenDocument(entries)) throw refuse("是 OpenDocument 文件（.odt/.ods），无法读取；请另存为 .docx 后上传");
    throw refuse(notWord(entries.some((e) => e.name === "xl/workbook.xml") ? "Excel 工作簿（.xlsx）" : "一个 ZIP 压缩包（里面没有 Word 文档）"));
  }
  checkSize(entries, bytes, maxXmlBytes, refuse);

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // images are not text: do not decode them into data URIs
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
      },
    );
    html = result.value;
  } catch {
    throw refuse(DOCX_DAMAGED);
  }
  const blocks = htmlBlocks(html);
  if (blocks.length === 0) throw refuse(DOCX_EMPTY);
  return { format: "docx", pages: 1, blocks };
}

function notWord(what: string): string {
  return `不是 Word 文件（.docx），而是${/^[A-Za-z]/.test(what) ? " " : ""}${what}，无法按 Word 文件读取`;
}

function checkSize(entries: ZipEntry[], bytes: Uint8Array, maxXmlBytes: number, refuse: (problem: string) => ImportError): void {
  let budget = maxXmlBytes;
  try {
    for (const entry of entries) {
      if (!/\.(xml|rels)$/i.test(entry.name)) continue;
      if (entry.size > budget) throw new ZipTooLarge();
      budget -= inflatedSize(bytes, entry, budget);
    }
  } catch (e) {
    const mb = Math.round((maxXmlBytes / 1024 / 1024) * 100) / 100;
    throw refuse(e instanceof ZipTooLarge ? `Word 文件过大（文字部分解压后超过 ${mb} MB），无法读取` : DOCX_DAMAGED);
  }
}
