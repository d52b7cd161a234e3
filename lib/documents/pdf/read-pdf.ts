import { ImportError } from "../errors";
import type { DocumentModel } from "../model";
import { documentBlocks } from "./document-blocks";
import { readPageContent } from "./page-content";
import { dropPageFurniture } from "./page-furniture";
import { layoutPage, type PageLayout } from "./page-layout";
import { loadPdfjs, openPdf, type PdfDocument } from "./pdfjs";

export const MAX_PAGES = 300;
/** A page with fewer printed characters has no text layer to speak of (a scan, a photo, a stamp). */
const MIN_PAGE_CHARS = 10;
/** A document is a scan when fewer than this share of its pages have a text layer. */
const MIN_TEXT_PAGES = 0.2;

const DAMAGED = "PDF 文件已损坏或不完整，无法读取";
const ENCRYPTED = "PDF 文件已加密，无法读取；请上传未加密的文件";
const SCAN = "PDF 没有文字层（可能是扫描件），暂不支持识别图片中的文字；请上传由 Word/WPS 导出的 PDF 或原始文件";

/**
 * Reads a PDF's text layer into the document model: per page, in reading order, its text blocks
 * (headings, paragraphs, lines such as a table's title or "编制部门：…  单位：元") and its tables
 * as grids of cells, a table continued over pages as one block. Refuses (ImportError) encrypted,
 * damaged and truncated files, scans without a text layer, and documents over 300 pages.
 */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<DocumentModel> {
  const fail = (problem: string) => new ImportError({ fileName }, problem);
  // pdf.js reconstructs what it can of a cut-off file; a whole PDF ends with %%EOF
  if (!endsLikePdf(bytes)) throw fail(DAMAGED);

  const pdfjs = await loadPdfjs();
  let doc: PdfDocument;
  try {
    doc = await openPdf(pdfjs, bytes);
  } catch (error) {
    throw fail((error as { name?: string })?.name === "PasswordException" ? ENCRYPTED : DAMAGED);
  }
  try {
    if (doc.numPages > MAX_PAGES) throw fail(`PDF 共 ${doc.numPages} 页，超过 ${MAX_PAGES} 页，无法读取；请拆分后分别上传`);
    const layouts: PageLayout[] = [];
    let textPages = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n).catch(() => {
        throw fail(DAMAGED);
      });
      try {
        const content = await readPageContent(pdfjs, page).catch(() => {
          throw fail(DAMAGED);
        });
        if (content.glyphs.filter((g) => !g.space).length >= MIN_PAGE_CHARS) textPages++;
        layouts.push(layoutPage(n, content));
      } finally {
        page.cleanup();
      }
    }
    if (textPages < Math.max(1, MIN_TEXT_PAGES * doc.numPages)) throw fail(SCAN);
    dropPageFurniture(layouts);
    return { format: "pdf", pages: doc.numPages, blocks: documentBlocks(layouts) };
  } finally {
    await doc.destroy();
  }
}

function endsLikePdf(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - 4096));
  return tail.includes("%%EOF");
}
