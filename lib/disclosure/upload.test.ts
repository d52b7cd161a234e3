import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { HttpProblem } from "@/lib/http/problem";
import { importUpload, MAX_UPLOAD_BYTES } from "./upload";

const refusal = (bytes: Uint8Array, name = "上传.txt") =>
  importUpload(bytes, name).then(
    () => {
      throw new Error("not refused");
    },
    (e: unknown) => e as HttpProblem,
  );

describe("an uploaded file", () => {
  it("is read by its content, in a child process: a PDF named .txt is read as a PDF", async () => {
    const pdf = fs.readFileSync("lib/documents/fixtures/corpus/chongqing-rendered/beibei-zwfwzx-2025.pdf");
    const doc = await importUpload(new Uint8Array(pdf), "伪装.txt");
    expect(doc.source).toMatchObject({ fileName: "伪装.txt", format: "pdf", pages: expect.any(Number) });
    expect(doc.department.code).toBe("134");
    expect(await refusal(new TextEncoder().encode("%PDF-1.7\n..."), "坏.pdf")).toMatchObject({ status: 400, message: expect.stringContaining("坏.pdf") });
  }, 120_000);

  it("over 20 MB or empty is refused before parsing", async () => {
    expect(MAX_UPLOAD_BYTES).toBe(20 * 1024 * 1024);
    expect((await refusal(new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41))).status).toBe(413);
    expect((await refusal(new Uint8Array())).status).toBe(400);
  });

  it("that is not a disclosure is refused with a message naming the file", async () => {
    const bad = await refusal(new TextEncoder().encode("这不是预算公开文件。\n"), "b.txt");
    expect(bad.status).toBe(400);
    expect(bad.message).toMatch(/^文件 b\.txt/);
  }, 60_000);
});
