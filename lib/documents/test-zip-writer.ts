import { constants, deflateRawSync } from "node:zlib";

/** An entry of a test archive: its name, its data as deflate, and the size the directory is to declare. */
export interface TestEntry {
  name: string;
  deflated: Uint8Array;
  declaredSize: number;
}

/** A deflate piece that another can follow: non-final blocks ending on a byte (a sync flush), with no reference before its start. */
const piece = (text: string) => deflateRawSync(Buffer.from(text), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
/** The last block: an empty fixed-Huffman block with BFINAL set. */
const FINAL = Uint8Array.of(0x03, 0x00);

/** Text deflated: `head`, then `body` `times` times, then `tail` — 1 GB of XML in about 1 MB, never held inflated. */
export function deflatedRepeat(head: string, body: string, times: number, tail: string): Uint8Array {
  const repeated = piece(body);
  const parts = [piece(head), ...Array.from({ length: times }, () => repeated), piece(tail), FINAL];
  return Buffer.concat(parts);
}

export const deflated = (text: string) => deflateRawSync(Buffer.from(text));

/** A ZIP archive of deflated entries (CRCs left 0: the readers under test do not check them). */
export function writeZip(entries: TestEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, deflated: data, declaredSize } of entries) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declaredSize, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declaredSize, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, Buffer.from(data));
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="明细" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = `</sheetData></worksheet>`;

/** An .xlsx whose one sheet is `rows` rows (made by `row`), its sheet's size declared as given or truly. */
export function testWorkbook(sheet: { deflated: Uint8Array; size: number }, declaredSheetSize = sheet.size): Uint8Array {
  const small = (name: string, text: string) => ({ name, deflated: deflated(text), declaredSize: Buffer.byteLength(text) });
  return writeZip([
    small("xl/workbook.xml", WORKBOOK),
    small("xl/_rels/workbook.xml.rels", RELS),
    { name: "xl/worksheets/sheet1.xml", deflated: sheet.deflated, declaredSize: declaredSheetSize },
  ]);
}

/** A sheet of `times` copies of `rowsXml` (a few rows of XML), deflated without ever being held whole. */
export function repeatedSheet(rowsXml: string, times: number): { deflated: Uint8Array; size: number } {
  const size = Buffer.byteLength(SHEET_HEAD) + Buffer.byteLength(rowsXml) * times + Buffer.byteLength(SHEET_TAIL);
  return { deflated: deflatedRepeat(SHEET_HEAD, rowsXml, times, SHEET_TAIL), size };
}
