import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { InvalidInput } from "@/lib/invalid-input";
import { HttpProblem } from "./problem";

const MAX_JSON_BYTES = 5 * 1024 * 1024;
// A refusal is never kept by a shared cache: 404 and 410 are cacheable by default, and the
// disclosure a 404 answered for may be published the next minute.
const UNCACHED = { "cache-control": "no-store" };

/**
 * Wraps a route handler: refusals become JSON answers with their status and a Chinese message
 * (`{ error, …details }`, `{ error, problems }` for bad input); anything unexpected is logged and
 * answered 500 without internals.
 */
export function apiRoute<C>(handler: (req: Request, context: C) => Promise<Response>) {
  return async (req: Request, context: C): Promise<Response> => {
    try {
      return await handler(req, context);
    } catch (e) {
      if (e instanceof HttpProblem) return NextResponse.json({ error: e.message, ...e.details }, { status: e.status, headers: UNCACHED });
      if (e instanceof InvalidInput) return NextResponse.json({ error: "输入有误", problems: e.problems }, { status: 400, headers: UNCACHED });
      console.error(e);
      return NextResponse.json({ error: "服务器内部错误，请稍后再试。" }, { status: 500, headers: UNCACHED });
    }
  };
}

/**
 * The request's JSON body, checked against a schema; refusals name the field. With `optional`,
 * a request without a body (as `curl -X POST` sends it) reads as `{}`.
 */
export async function readJson<S extends z.ZodType>(req: Request, schema: S, { optional = false }: { optional?: boolean } = {}): Promise<z.infer<S>> {
  const isJson = (req.headers.get("content-type") ?? "").includes("application/json");
  const notJson = () => new HttpProblem(415, "请求体须为 JSON（Content-Type: application/json）。");
  if (!isJson && !optional) throw notJson();
  const raw = await req.text();
  if (!isJson && raw !== "") throw notJson();
  if (raw.length > MAX_JSON_BYTES) throw new HttpProblem(413, "请求体过大（至多 5 MB）。");
  let body: unknown;
  try {
    body = raw === "" ? {} : JSON.parse(raw);
  } catch {
    throw new HttpProblem(400, "请求体不是有效的 JSON。");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new InvalidInput(parsed.error.issues.map((i) => ({ field: i.path.map(String).join(".") || "请求体", message: i.message })));
  }
  return parsed.data;
}

/** The request's query parameters, checked against a schema; refusals (400) name the parameter. */
export function readQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) throw new InvalidInput(parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })));
  return parsed.data;
}
