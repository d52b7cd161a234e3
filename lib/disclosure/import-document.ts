import { decodeDocumentBytes, ImportError, parseDisclosureText } from "@/lib/import";
import { checkDisclosure } from "@/lib/rules";
import { canonicalDocument } from "./canonical";
import { type DisclosureDocument, disclosureDocumentSchema } from "./schema";

/**
 * A document file to a `budget-disclosure/v1` document with the findings of the consistency
 * engine. Pure: the caller reads the file and decides what to store. Throws ImportError, whose
 * message names the file, table, row and column, when the file cannot be read as a disclosure.
 */
export function importDocument(bytes: Uint8Array, fileName: string): DisclosureDocument {
  const text = decodeDocumentBytes(bytes, fileName);
  const doc = canonicalDocument(parseDisclosureText(text, { fileName }));
  const valid = disclosureDocumentSchema.safeParse(doc);
  if (!valid.success) {
    const issue = valid.error.issues[0]!;
    throw new ImportError({ fileName }, `解析结果不符合 budget-disclosure/v1 格式（${issue.path.join(".")}：${issue.message}）`);
  }
  return { ...doc, findings: checkDisclosure(doc) };
}
