import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./inbox-csv";

describe("the inbox export", () => {
  it("keeps markup as text and quotes what needs quoting", () => {
    expect(csvCell("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
    expect(csvCell('说"明",有误\n第二行')).toBe('"说""明"",有误\n第二行"');
  });

  it("defuses a cell that a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+86 23 1234")).toBe("'+86 23 1234");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("starts with a byte-order mark so that Excel reads Chinese", () => {
    expect(toCsv(["类别"], [["数据有误"]])).toBe("\uFEFF类别\r\n数据有误\r\n");
  });
});
