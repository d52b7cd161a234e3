import "server-only";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { ImportError } from "@/lib/documents/errors";
import { HttpProblem } from "@/lib/http/problem";
import { parseDocument } from "@/lib/imports/parse-document";
import { ParseFailed } from "@/lib/imports/parse-in-child";
import { MAX_FILE_BYTES } from "@/lib/imports/limits";

/** PDF, DOCX, XLSX/XLS, text or the portal's JSON, told apart by content: up to 20 MB. */
export const MAX_UPLOAD_BYTES = MAX_FILE_BYTES;

/**
 * An uploaded file to a document with its findings (the rules' and the importer's I1) and its
 * source, parsed in a child process; or a refusal in Chinese: empty, too large, or not a
 * disclosure (naming file, table, row and column), or a file the parser gave up on.
 */
export async function importUpload(bytes: Uint8Array, fileName: string): Promise<DisclosureDocument> {
  if (bytes.byteLength === 0) throw new HttpProblem(400, `文件 ${fileName} 是空的。`);
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new HttpProblem(413, `文件 ${fileName} 超过 20 MB，未导入。`);
  try {
    return await parseDocument(bytes, fileName);
  } catch (e) {
    if (e instanceof ImportError) throw new HttpProblem(400, e.message, { location: e.location });
    if (e instanceof ParseFailed) throw new HttpProblem(400, e.message);
    throw e;
  }
}
