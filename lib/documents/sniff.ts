import { isOle, oleKind } from "./sniff-ole";
import { isZip, zipEntries, zipLocalNames } from "./sniff-zip";

export type SniffedFormat = "pdf" | "docx" | "xlsx" | "xls" | "zip" | "ole" | "json" | "text";

/**
 * What a file is, told by its content, never its name: PDF; a ZIP that is a Word document, an
 * Excel workbook or else an archive of documents (batch import); an OLE file that is an .xls or
 * something else (old .doc, an encrypted .docx/.xlsx: "ole"); JSON; otherwise text. Reads only
 * the archive's directory, never decompresses.
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  // magic numbers first: a ZIP whose first entry is a stored PDF has "%PDF-" in its first kilobyte
  if (isZip(bytes)) return zipFormat(bytes);
  if (isOle(bytes)) return oleKind(bytes) === "xls" ? "xls" : "ole";
  if (pdfHeaderAt(bytes) >= 0) return "pdf";
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x09 || bytes[at] === 0x0a || bytes[at] === 0x0d)) at++;
  if (bytes[at] === 0x7b) return "json";
  return "text";
}

function zipFormat(bytes: Uint8Array): "docx" | "xlsx" | "zip" {
  const entries = zipEntries(bytes);
  if (entries) {
    const names = new Set(entries.map((e) => e.name));
    if (names.has("word/document.xml")) return "docx";
    if (names.has("xl/workbook.xml")) return "xlsx";
    return "zip";
  }
  // no central directory (a truncated file): go by the parts the local headers name, so that a
  // cut-off document reaches its reader and is refused there as damaged
  const local = zipLocalNames(bytes);
  if (local.some((n) => n.startsWith("word/"))) return "docx";
  if (local.some((n) => n.startsWith("xl/"))) return "xlsx";
  return "zip";
}

/** PDF readers accept the header anywhere in the first 1024 bytes (after a mail or print-spooler prefix). */
function pdfHeaderAt(bytes: Uint8Array): number {
  const head = bytes.subarray(0, 1024);
  for (let at = head.indexOf(0x25); at >= 0 && at + 5 <= bytes.length; at = head.indexOf(0x25, at + 1)) {
    if (bytes[at + 1] === 0x50 && bytes[at + 2] === 0x44 && bytes[at + 3] === 0x46 && bytes[at + 4] === 0x2d) return at;
  }
  return -1;
}
