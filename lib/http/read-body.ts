import { BATCH_LIMITS, MAX_FILE_BYTES } from "@/lib/imports/limits";
import { HttpProblem } from "./problem";

const KB = 1024;
const MB = 1024 * KB;

/** The most bytes a route reads of a request body (multipart bodies carry some bytes of form around the files). */
export const BODY_LIMITS = {
  feedback: 64 * KB,
  adminJson: 5 * MB,
  /** next-auth's forms: sign-in (email, password, CSRF token), sign-out */
  auth: 16 * KB,
  /** one file to import and its form */
  upload: MAX_FILE_BYTES + 64 * KB,
  /** a batch import's files and their form */
  batch: BATCH_LIMITS.maxTotalBytes + MB,
} as const;

/** How a limit reads in a refusal: “64 KB”, “5 MB”. */
export function sizeLabel(bytes: number): string {
  return bytes >= MB ? `${Math.floor(bytes / MB)} MB` : `${Math.floor(bytes / KB)} KB`;
}

/**
 * The request's body, read as it arrives and given up (413) as soon as it passes `maxBytes`: at
 * once when Content-Length says more, else when the bytes received do — a chunked request sends
 * no Content-Length. So a body never takes more memory than its limit.
 */
export async function readBody(req: Request, maxBytes: number, tooLarge = `请求体过大（至多 ${sizeLabel(maxBytes)}），已拒绝。`): Promise<Uint8Array<ArrayBuffer>> {
  const refuse = () => new HttpProblem(413, tooLarge);
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw refuse();
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw refuse();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
