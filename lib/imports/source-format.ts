import type { DocumentSource } from "@/lib/disclosure/schema";

/** How each kind of original file is served. */
export const SOURCE_TYPES: Record<DocumentSource["format"], { contentType: string; extension: string; label: string }> = {
  pdf: { contentType: "application/pdf", extension: "pdf", label: "PDF" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx", label: "Word" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx", label: "Excel" },
  xls: { contentType: "application/vnd.ms-excel", extension: "xls", label: "Excel" },
  text: { contentType: "text/plain", extension: "txt", label: "文本" },
  json: { contentType: "application/json", extension: "json", label: "JSON" },
};

/** What the download link says: 原文下载（PDF，12 页）. */
export function sourceLinkLabel(source: Pick<DocumentSource, "format" | "pages">): string {
  const { label } = SOURCE_TYPES[source.format];
  const pages = source.format === "pdf" && source.pages ? `，${source.pages} 页` : "";
  return `原文下载（${label}${pages}）`;
}

/** A text file's charset: UTF-8 when its bytes are UTF-8, else GB18030 (what Chinese Windows writes). */
export function textCharset(bytes: Uint8Array): "utf-8" | "gb18030" {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "gb18030";
  }
}
