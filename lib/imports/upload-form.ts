import "server-only";
import { hasNul } from "@/lib/http/bad-encoding.mjs";
import { HttpProblem } from "@/lib/http/problem";
import { readBody } from "@/lib/http/read-body";
import { cleanFileName } from "./file-name";

/**
 * The files of a multipart request (one field, possibly repeated) and its text fields. The body
 * is read up to `maxBodyBytes` and refused (413, `tooLarge`) past it, whether or not it said its
 * length; a text field holding a NUL is refused (400).
 */
export async function uploadedFiles(request: Request, { field, maxBodyBytes, tooLarge }: { field: string; maxBodyBytes: number; tooLarge: string }) {
  const bytes = await readBody(request, maxBodyBytes, tooLarge);
  const headers = { "content-type": request.headers.get("content-type") ?? "" };
  const form = await new Response(bytes, { headers }).formData().catch(() => null);
  if (!form) throw new HttpProblem(400, "请求须为 multipart/form-data 表单。");
  const files = await Promise.all(
    form
      .getAll(field)
      .filter((f): f is File => f instanceof File)
      .map(async (f) => ({ fileName: cleanFileName(f.name), bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  const fields = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
  if (Object.entries(fields).some(([k, v]) => hasNul(k) || hasNul(v as string))) throw new HttpProblem(400, "表单含有无效字符（NUL），已拒绝。");
  return { files, fields: fields as Record<string, string> };
}
