import { describe, expect, it } from "vitest";
import { attachment } from "./content-disposition";
import { cleanFileName } from "@/lib/imports/file-name";

describe("a download's name", () => {
  it("is the file's own name in filename* (RFC 5987), with an ASCII fallback", () => {
    expect(attachment("北碚区政务服务中心(2025).pdf", "source.pdf")).toBe(
      "attachment; filename=\"source.pdf\"; filename*=UTF-8''%E5%8C%97%E7%A2%9A%E5%8C%BA%E6%94%BF%E5%8A%A1%E6%9C%8D%E5%8A%A1%E4%B8%AD%E5%BF%83%282025%29.pdf",
    );
    expect(attachment("report 2025's.pdf", "source.pdf")).toBe("attachment; filename=\"report 2025's.pdf\"; filename*=UTF-8''report%202025%27s.pdf");
    expect(attachment('a"b;c.pdf', "source.pdf")).toContain('filename="abc.pdf"');
  });

  it("of an upload loses folders and control characters and keeps its extension when shortened", () => {
    expect(cleanFileName("C:\\Users\\李\\文件.pdf")).toBe("文件.pdf");
    expect(cleanFileName("a\u0000b\n.txt")).toBe("ab.txt");
    expect(cleanFileName("  ")).toBe("未命名文件");
    const long = cleanFileName(`${"长".repeat(300)}.xlsx`);
    expect(long).toHaveLength(255);
    expect(long.endsWith(".xlsx")).toBe(true);
  });
});
