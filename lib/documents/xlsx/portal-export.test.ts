import fs from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importTextDocument } from "@/lib/documents";
import { disclosureXlsx } from "@/lib/export/xlsx";
import { isPortalExport } from "./portal-export";

describe("isPortalExport", () => {
  it("knows the portal's own download", async () => {
    const doc = importTextDocument(new Uint8Array(fs.readFileSync("db/sample/disclosures/nanan-zwb-2024.txt")), "nanan-zwb-2024.txt");
    expect(await isPortalExport(new Uint8Array(await disclosureXlsx(doc)))).toBe(true);
  });

  it("leaves to the generic reader a department's workbook that happens to have a sheet called 说明", async () => {
    const wb = new ExcelJS.Workbook();
    wb.creator = "南岸区财政局";
    wb.addWorksheet("说明").addRow(["2024年部门预算情况说明"]);
    expect(await isPortalExport(new Uint8Array(await wb.xlsx.writeBuffer()))).toBe(false);
  });
});
