import fs from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importTextDocument } from "@/lib/documents";
import { disclosureCsv } from "./csv";
import { disclosureXlsx } from "./xlsx";

const SEEDS = fs.readdirSync("db/sample/disclosures").filter((f) => f.endsWith(".txt")).map((f) => `db/sample/disclosures/${f}`);
const UNSEEN = fs.readdirSync("lib/documents/fixtures/unseen").filter((f) => f.endsWith(".txt")).map((f) => `lib/documents/fixtures/unseen/${f}`);

/** The format names a download may print, besides codes (tokens with digits) and what the document itself prints. */
const ALLOWED = new Set(["PDF", "CSV", "XLSX", "JSON", "budget-disclosure/v1"]);
const LATIN = /[A-Za-z0-9_./-]*[A-Za-z][A-Za-z0-9_./-]*/g;
const words = (text: string) => (text.match(LATIN) ?? []).map((w) => w.replace(/^[./-]+|[./-]+$/g, "")).filter(Boolean);

/** The Latin words in `cells` that are neither allowed, nor a code, nor printed in the source document. */
function strangers(cells: readonly string[], source: string): string[] {
  const printed = new Set(words(source));
  return [...new Set(cells.flatMap(words))].filter((w) => !ALLOWED.has(w) && !/\d/.test(w) && !printed.has(w));
}

async function xlsxTexts(bytes: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.flatMap((ws) => {
    const texts = [ws.name];
    ws.eachRow((row) => row.eachCell((cell) => void texts.push(cell.text)));
    return texts;
  });
}

describe("the downloads are in Chinese only", () => {
  it.each([...SEEDS, ...UNSEEN])("no Latin word in any cell or sheet name of the XLSX or CSV of %s but format names and codes", async (path) => {
    const source = fs.readFileSync(path, "utf8");
    const doc = importTextDocument(new Uint8Array(Buffer.from(source)), path.split("/").pop()!);
    expect(strangers(await xlsxTexts(await disclosureXlsx(doc)), source)).toEqual([]);
    expect(strangers(disclosureCsv(doc).split(/[,\r\n]/), source)).toEqual([]);
  });

  it("catches an internal key, were one to slip in", () => {
    expect(strangers(["表格代码", "fiscal_summary", "current", "500109", "50010924T000004332784", "budget-disclosure/v1"], "")).toEqual(["fiscal_summary", "current"]);
  });
});
