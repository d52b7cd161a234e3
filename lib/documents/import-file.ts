import { createHash } from "node:crypto";
import { canonicalDocument } from "@/lib/disclosure/canonical";
import { type DisclosureDocument, disclosureDocumentSchema, type DocumentSource, type Finding } from "@/lib/disclosure/schema";
import { checkDisclosure } from "@/lib/rules";
import { ImportError } from "./errors";
import { parseDisclosureJson } from "./json/read-json";
import type { DocumentModel, SourceFormat } from "./model";
import { recognize } from "./recognize/recognize";
import { sniffFormat } from "./sniff";
import { oleKind, oleRefusal } from "./sniff-ole";
import { zipEntries } from "./sniff-zip";
import { readText } from "./text/read-text";
import { bombRefusal, checkArchive } from "./zip-budget";

/** The largest file the importer reads (DESIGN: 20 MB, 300 pages). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The canonical document, checked against the format, with the findings of the rules and the importer's I1. */
function finish(parsed: DisclosureDocument, issues: Finding[], source: DocumentSource): DisclosureDocument {
  const doc = { ...canonicalDocument(parsed), source };
  const valid = disclosureDocumentSchema.safeParse(doc);
  if (!valid.success) {
    const issue = valid.error.issues[0]!;
    throw new ImportError({ fileName: source.fileName }, `解析结果不符合 budget-disclosure/v1 格式（${issue.path.join(".")}：${issue.message}）`);
  }
  return { ...doc, findings: [...checkDisclosure(doc), ...issues] };
}

function sourceOf(bytes: Uint8Array, fileName: string, format: SourceFormat, pages: number | null): DocumentSource {
  return { fileName, format, sha256: createHash("sha256").update(bytes).digest("hex"), pages };
}

/** A document of the disclosure family read from its picture, with its findings and source. */
function fromModel(model: DocumentModel, bytes: Uint8Array, fileName: string): DisclosureDocument {
  const { doc, issues } = recognize(model, { fileName });
  return finish(doc, issues, sourceOf(bytes, fileName, model.format, model.format === "text" ? null : model.pages));
}

/** Refuses a Word or Excel package that inflates past the archive limits; a damaged one is left to its reader to describe. */
function refuseBomb(bytes: Uint8Array, fileName: string): void {
  const entries = zipEntries(bytes);
  if (entries && checkArchive(bytes, entries) === "bomb") throw new ImportError({ fileName }, bombRefusal());
}

/** A text document (the seeds' layout) to `budget-disclosure/v1` with its findings. Pure and synchronous. */
export function importTextDocument(bytes: Uint8Array, fileName: string): DisclosureDocument {
  return fromModel(readText(bytes, fileName), bytes, fileName);
}

/**
 * Any file the importer reads, told apart by its content, not its name: PDF (text layer), DOCX,
 * XLSX/XLS (the portal's export or another layout), the portal's JSON, or text. Refuses
 * (ImportError, in Chinese, naming the file) only what is not a disclosure, cannot be opened, or is
 * too large; everything else imports, with an I1 finding for each thing it could not read.
 */
export async function importFile(bytes: Uint8Array, fileName: string): Promise<DisclosureDocument> {
  if (bytes.byteLength === 0) throw new ImportError({ fileName }, "文件为空");
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportError({ fileName }, "文件超过 20 MB，未导入");
  const format = sniffFormat(bytes);
  if (format === "docx" || format === "xlsx") refuseBomb(bytes, fileName);
  // each reader is loaded when a file of its format comes: pdf.js and SheetJS are large
  switch (format) {
    case "pdf": {
      const { readPdf } = await import("./pdf/read-pdf");
      return fromModel(await readPdf(bytes, fileName), bytes, fileName);
    }
    case "docx": {
      const { readDocx } = await import("./docx/read-docx");
      return fromModel(await readDocx(bytes, fileName), bytes, fileName);
    }
    case "xlsx": {
      const { isPortalExport, parseDisclosureXlsx } = await import("./xlsx/portal-export");
      const { checkWorkbookPackage, readWorkbook } = await import("./xlsx/read-workbook");
      if (await isPortalExport(bytes)) {
        checkWorkbookPackage(bytes, fileName);
        return finish(await parseDisclosureXlsx(bytes, fileName), [], sourceOf(bytes, fileName, "xlsx", null));
      }
      return fromModel(await readWorkbook(bytes, fileName), bytes, fileName);
    }
    case "xls": {
      const { readWorkbook } = await import("./xlsx/read-workbook");
      return fromModel(await readWorkbook(bytes, fileName), bytes, fileName);
    }
    case "json":
      return finish(parseDisclosureJson(bytes, fileName), [], sourceOf(bytes, fileName, "json", null));
    case "zip":
      throw new ImportError({ fileName }, "是 ZIP 压缩包而不是单个文件：请用批量导入（npm run import -- 压缩包.zip，或管理后台“批量导入”）");
    case "ole": {
      const kind = oleKind(bytes);
      throw new ImportError({ fileName }, oleRefusal(kind === "xls" ? "other" : kind));
    }
    case "text":
      return importTextDocument(bytes, fileName);
  }
}
