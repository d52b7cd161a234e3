import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/documents/errors";
import { ParseFailed, parseInChild } from "./parse-in-child";

describe("parsing in a child process", () => {
  it("answers the importer's refusal as the same ImportError, naming the file", async () => {
    const refused = await parseInChild(new TextEncoder().encode("不是预算公开文件\n"), "说明.txt").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ImportError);
    expect((refused as ImportError).message).toMatch(/^文件 说明\.txt：/);
    expect((refused as ImportError).location).toEqual({ fileName: "说明.txt" });
  }, 60_000);

  it("kills a child that takes too long", async () => {
    const slow = await parseInChild(new TextEncoder().encode("x"), "慢.txt", { timeoutMs: 50, maxHeapMb: 256 }).catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(ParseFailed);
    expect((slow as Error).message).toBe("文件 慢.txt：解析超过 1 秒，已中止。");
  });
});
