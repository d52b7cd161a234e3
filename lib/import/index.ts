export { parseDisclosureText, type ParseOptions } from "./parse";
export { decodeDocumentBytes } from "./decode";
export { ImportError, type ImportErrorLocation } from "./errors";
