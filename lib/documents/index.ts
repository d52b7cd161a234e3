export { importFile, importTextDocument, MAX_IMPORT_BYTES } from "./import-file";
export { ImportError, type ImportErrorLocation } from "./errors";
export type { DocumentModel, Block, TableBlock, TextBlock, SourceFormat } from "./model";
export { recognize, type Recognized, type RecognizeOptions } from "./recognize/recognize";
export { textModel } from "./text/read-text";
export { decodeDocumentBytes } from "./text/decode";

import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { recognize, type RecognizeOptions } from "./recognize/recognize";
import { textModel } from "./text/read-text";

/** The text layout of a disclosure to a document (without findings); the recognizer's I1 are dropped. */
export function parseDisclosureText(text: string, opts: RecognizeOptions): DisclosureDocument {
  return recognize(textModel(text), opts).doc;
}
