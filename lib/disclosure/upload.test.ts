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
  it("is read by its content: a PDF named .txt is refused as what it is, a broken workbook as one", async () => {
    expect(await refusal(new TextEncoder().encode("%PDF-1.7\n..."), "伪装.txt")).toMatchObject({ status: 415, message: expect.stringContaining("PDF") });
    expect(await refusal(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), "表.txt")).toMatchObject({ status: 400, message: expect.stringContaining("不是有效的 Excel") });
  });

  it("over 10 MB or empty is refused before parsing", async () => {
    expect((await refusal(new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41))).status).toBe(413);
    expect((await refusal(new Uint8Array())).status).toBe(400);
  });

  it("that is a disclosure gives its document and findings; one with a bad cell names where", async () => {
    const text = fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt", "utf8");
    expect((await importUpload(new TextEncoder().encode(text), "a.txt")).department.code).toBe("134");
    const bad = await refusal(new TextEncoder().encode(text.replace("30201\t办公费\t12.60", "30201\t办公费\t12.6x")), "b.txt");
    expect(bad.status).toBe(400);
    expect(bad.message).toMatch(/文件 b\.txt，表“.*”，第 \d+ 行（30201 办公费）/);
  });
});
