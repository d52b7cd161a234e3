import { ImportError } from "@/lib/documents";
import { HttpProblem } from "@/lib/http/problem";
import { importFile } from "@/lib/documents";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** What the bytes are, by their content rather than the name the browser gives. */
function sniff(bytes: Uint8Array): "pdf" | "ole" | "other" {
  if (String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-") return "pdf";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "ole";
  return "other";
}

/**
 * An uploaded file to a document with its findings, or a refusal in Chinese: too large, a kind
 * the importer does not read yet, or a file that is not a disclosure (naming table, row, column).
 */
export async function importUpload(bytes: Uint8Array, fileName: string) {
  if (bytes.byteLength === 0) throw new HttpProblem(400, `文件 ${fileName} 是空的。`);
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new HttpProblem(413, `文件 ${fileName} 超过 10 MB，未导入。`);
  const kind = sniff(bytes);
  if (kind !== "other") {
    const what = { pdf: "PDF", ole: "旧版 Office（.xls/.doc）" }[kind];
    throw new HttpProblem(415, `文件 ${fileName} 是 ${what} 文件；目前能导入从公开文件中提取的文本（.txt）和本平台导出的 Excel（.xlsx）、JSON（.json），PDF 与其他版式的导入尚在建设中。`);
  }
  try {
    return await importFile(bytes, fileName);
  } catch (e) {
    if (e instanceof ImportError) throw new HttpProblem(400, e.message, { location: e.location });
    throw e;
  }
}
