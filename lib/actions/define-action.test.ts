import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineAction } from "./define-action";

describe("a server action given a NUL", () => {
  it("is refused with 400 before its handler runs", async () => {
    const handler = vi.fn(async ({ name }: { name: string }) => name);
    const action = defineAction(z.object({ name: z.string() }), handler);
    expect(await action({ name: "a\u0000b" })).toEqual({ ok: false, status: 400, error: "输入含有无效字符（NUL），已拒绝。" });
    expect(handler).not.toHaveBeenCalled();
    expect(await action({ name: "北碚区" })).toEqual({ ok: true, data: "北碚区" });
  });
});
