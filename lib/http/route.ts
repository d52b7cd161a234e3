import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { InvalidInput } from "@/lib/invalid-input";
import { loggableError } from "@/lib/loggable-error";
import { BAD_ENCODING_MESSAGE, hasNul, holdsNul } from "./bad-encoding.mjs";
import { HttpProblem } from "./problem";
import { BODY_LIMITS, readBody } from "./read-body";

// A refusal is never kept by a shared cache: 404 and 410 are cacheable by default, and the
// disclosure a 404 answered for may be published the next minute.
const UNCACHED = { "cache-control": "no-store" };

/**
 * Wraps a route handler: refusals become JSON answers with their status and a Chinese message
 * (`{ error, …details }`, `{ error, problems }` for bad input); anything unexpected is logged
 * (without SQL or its values) and answered 500 without internals.
 */
export function apiRoute<C>(handler: (req: Request, context: C) => Promise<Response>) {
  return async (req: Request, context: C): Promise<Response> => {
    try {
      return await handler(req, context);
    } catch (e) {
      if (e instanceof HttpProblem) return NextResponse.json({ error: e.message, ...e.details }, { status: e.status, headers: UNCACHED });
      if (e instanceof InvalidInput) return NextResponse.json({ error: "输入有误", problems: e.problems }, { status: 400, headers: UNCACHED });
      console.error(`处理 ${req.method} ${new URL(req.url).pathname} 时出错：${loggableError(e)}`);
      return NextResponse.json({ error: "服务器内部错误，请稍后再试。" }, { status: 500, headers: UNCACHED });
    }
  };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The request's JSON body, checked against a schema; refusals name the field. The body is read
 * up to `maxBytes` (default 5 MB; 413 past it, see readBody); one that is not UTF-8 or holds a
 * NUL is refused (400). With `optional`, a request without a body (as `curl -X POST` sends it)
 * reads as `{}`.
 */
export async function readJson<S extends z.ZodType>(
  req: Request,
  schema: S,
  { optional = false, maxBytes = BODY_LIMITS.adminJson }: { optional?: boolean; maxBytes?: number } = {},
): Promise<z.infer<S>> {
  const isJson = (req.headers.get("content-type") ?? "").includes("application/json");
  const notJson = () => new HttpProblem(415, "请求体须为 JSON（Content-Type: application/json）。");
  if (!isJson && !optional) throw notJson();
  const bytes = await readBody(req, maxBytes);
  if (!isJson && bytes.byteLength > 0) throw notJson();
  let body: unknown;
  try {
    const raw = utf8.decode(bytes);
    body = raw === "" ? {} : JSON.parse(raw);
  } catch {
    throw new HttpProblem(400, "请求体不是有效的 JSON（UTF-8）。");
  }
  if (holdsNul(body)) throw new HttpProblem(400, "请求体含有无效字符（NUL），已拒绝。");
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new InvalidInput(parsed.error.issues.map((i) => ({ field: i.path.map(String).join(".") || "请求体", message: i.message })));
  }
  return parsed.data;
}

/** The request's query parameters, checked against a schema; refusals (400) name the parameter, a NUL anywhere is refused. */
export function readQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const params = [...new URL(req.url).searchParams];
  if (params.some(([k, v]) => hasNul(k) || hasNul(v))) throw new HttpProblem(400, BAD_ENCODING_MESSAGE);
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw new InvalidInput(parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })));
  return parsed.data;
}
