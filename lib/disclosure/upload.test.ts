import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { HttpProblem } from "@/lib/http/problem";
import { importUpload, MAX_UPLOAD_BYTES } from "./upload";

const refusal = (bytes: Uint8Array, name = "上传.txt") => {
  try {
    importUpload(bytes, name);
  } catch (e) {
    return e as HttpProblem;
  }
  throw new Error("not refused");
};

describe("an uploaded file", () => {
  it("is read by its content: a PDF or an XLSX named .txt is refused as what it is", () => {
    expect(refusal(new TextEncoder().encode("%PDF-1.7\n..."), "伪装.txt")).toMatchObject({ status: 415, message: expect.stringContaining("PDF") });
    expect(refusal(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), "表.txt")).toMatchObject({ status: 415, message: expect.stringContaining("Excel") });
  });

  it("over 10 MB or empty is refused before parsing", () => {
    expect(refusal(new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41)).status).toBe(413);
    expect(refusal(new Uint8Array()).status).toBe(400);
  });

  it("that is a disclosure gives its document and findings; one with a bad cell names where", () => {
    const text = fs.readFileSync("db/sample/disclosures/beibei-zwfwzx-2025.txt", "utf8");
    expect(importUpload(new TextEncoder().encode(text), "a.txt").department.code).toBe("134");
    const bad = refusal(new TextEncoder().encode(text.replace("30201\t办公费\t12.60", "30201\t办公费\t12.6x")), "b.txt");
    expect(bad.status).toBe(400);
    expect(bad.message).toMatch(/文件 b\.txt，表“.*”，第 \d+ 行（30201 办公费）/);
  });
});
