import "server-only";
import type { z } from "zod";
import { holdsNul } from "@/lib/http/bad-encoding.mjs";
import { HttpProblem } from "@/lib/http/problem";
import { InvalidInput } from "@/lib/invalid-input";

/** What a server action answers: its result, or a refusal a form can show. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; error: string; problems?: { field: string; message: string }[]; details?: Record<string, unknown> };

/**
 * A server action whose input is parsed with its zod schema on the server before anything runs.
 * The handler checks the actor itself (requireActor in lib/auth/guard.ts); refusals come back as
 * values the page can show, in Chinese, instead of thrown errors that production would hide.
 */
export function defineAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>) => Promise<T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    // no column takes a NUL: PostgreSQL would fail the statement
    if (holdsNul(input)) return { ok: false, status: 400, error: "输入含有无效字符（NUL），已拒绝。" };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => ({ field: i.path.map(String).join("."), message: i.message }));
      return { ok: false, status: 400, error: "输入有误", problems };
    }
    try {
      return { ok: true, data: await handler(parsed.data) };
    } catch (e) {
      if (e instanceof HttpProblem) return { ok: false, status: e.status, error: e.message, details: e.details };
      if (e instanceof InvalidInput) return { ok: false, status: 400, error: e.message, problems: e.problems };
      throw e;
    }
  };
}
