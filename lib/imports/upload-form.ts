import "server-only";
import { HttpProblem } from "@/lib/http/problem";
import { cleanFileName } from "./file-name";

/** The files of a multipart request (one field, possibly repeated), refused before reading when the body is too large. */
export async function uploadedFiles(request: Request, { field, maxBodyBytes, tooLarge }: { field: string; maxBodyBytes: number; tooLarge: string }) {
  if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) throw new HttpProblem(413, tooLarge);
  const form = await request.formData().catch(() => null);
  if (!form) throw new HttpProblem(400, "请求须为 multipart/form-data 表单。");
  const files = await Promise.all(
    form
      .getAll(field)
      .filter((f): f is File => f instanceof File)
      .map(async (f) => ({ fileName: cleanFileName(f.name), bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  const fields = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
  return { files, fields: fields as Record<string, string> };
}
