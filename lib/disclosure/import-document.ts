import { decodeDocumentBytes, ImportError, parseDisclosureText } from "@/lib/import";
import { looksLikeJson, parseDisclosureJson } from "@/lib/import/json";
import { parseDisclosureXlsx } from "@/lib/import/xlsx";
import { checkDisclosure } from "@/lib/rules";
import { canonicalDocument } from "./canonical";
import { type DisclosureDocument, disclosureDocumentSchema } from "./schema";

/** The canonical document, checked against the format, with the findings of the consistency engine. */
function finish(parsed: DisclosureDocument, fileName: string): DisclosureDocument {
  const doc = canonicalDocument(parsed);
  const valid = disclosureDocumentSchema.safeParse(doc);
  if (!valid.success) {
    const issue = valid.error.issues[0]!;
    throw new ImportError({ fileName }, `解析结果不符合 budget-disclosure/v1 格式（${issue.path.join(".")}：${issue.message}）`);
  }
  return { ...doc, findings: checkDisclosure(doc) };
}

/**
 * A document in the text layout of the published 情况说明 to a `budget-disclosure/v1` document with
 * its findings. Pure and synchronous. Throws ImportError, whose message names the file, table, row
 * and column, when the text cannot be read as a disclosure.
 */
export function importDocument(bytes: Uint8Array, fileName: string): DisclosureDocument {
  return finish(parseDisclosureText(decodeDocumentBytes(bytes, fileName), { fileName }), fileName);
}

export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Any file the importer reads, told apart by its content: the portal's XLSX or JSON export, or text. */
export async function importFile(bytes: Uint8Array, fileName: string): Promise<DisclosureDocument> {
  if (isZip(bytes)) return finish(await parseDisclosureXlsx(bytes, fileName), fileName);
  if (looksLikeJson(bytes)) return finish(parseDisclosureJson(bytes, fileName), fileName);
  return importDocument(bytes, fileName);
}
