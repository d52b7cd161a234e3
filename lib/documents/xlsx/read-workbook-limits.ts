import { inflateEntry, ZipDamaged, ZipTooLarge, type ZipEntry } from "../sniff-zip";
import { ARCHIVE_LIMITS } from "../zip-budget";

/**
 * How much of a workbook the reader takes on. A budget disclosure has a few thousand cells; these
 * limits are far above that and keep a zip bomb, a million-row sheet or a sheet filled out to
 * column XFD from exhausting memory.
 */
export interface WorkbookLimits {
  cells: number;
  rows: number;
  gridPositions: number;
  xmlBytes: number;
  packageBytes: number;
  entries: number;
  xlsBytes: number;
}

export const WORKBOOK_LIMITS: Readonly<WorkbookLimits> = {
  /** Cells stored in all sheets together (hidden ones included: they are parsed too). */
  cells: 200_000,
  /** Rows of one sheet. */
  rows: 20_000,
  /** Grid positions of the visible sheets (rows × columns of their used areas). */
  gridPositions: 2_000_000,
  /** The XML of an .xlsx (sheets, shared strings, styles) once decompressed. */
  xmlBytes: 48 * 1024 * 1024,
  /** Every part of an .xlsx once decompressed: the parser decompresses pictures too. */
  packageBytes: ARCHIVE_LIMITS.totalBytes,
  /** Parts in an .xlsx package. */
  entries: 10_000,
  /** An .xls is not compressed: its size is what the parser takes on. */
  xlsBytes: 32 * 1024 * 1024,
};

/** A sheet part (xl/worksheets/…) with more rows than the limit, and how many it has. */
export type LongSheet = { part: string; rows: number };
export type PackageCheck = "ok" | "too-large" | "damaged" | LongSheet;

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/** The rows of a sheet's XML: its <row> elements (not <rowBreaks>), counted without decoding it. */
export function countRows(xml: Uint8Array): number {
  const tag = Buffer.from("<row");
  const buffer = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  let rows = 0;
  for (let at = buffer.indexOf(tag); at >= 0; at = buffer.indexOf(tag, at + tag.length)) {
    const next = buffer[at + tag.length];
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) rows++;
  }
  return rows;
}

/**
 * Whether an .xlsx package stays within the limits once decompressed. Each part is inflated and
 * counted (and dropped) before the parser sees it, as the sizes a package declares may lie; the
 * rows of each sheet are counted then too, so that a sheet of a million rows is refused before
 * the parser spends seconds and gigabytes on it.
 */
export function checkPackage(bytes: Uint8Array, entries: readonly ZipEntry[], limits: WorkbookLimits): PackageCheck {
  if (entries.length > limits.entries) return "too-large";
  let xml = 0;
  let all = 0;
  try {
    for (const entry of entries) {
      const isXml = /\.(xml|rels|vml)$/i.test(entry.name);
      const room = Math.min(limits.packageBytes - all, isXml ? limits.xmlBytes - xml : Infinity);
      if (entry.size > room) return "too-large";
      const part = inflateEntry(bytes, entry, room);
      if (SHEET_PART.test(entry.name)) {
        const rows = countRows(part);
        if (rows > limits.rows) return { part: entry.name, rows };
      }
      all += part.length;
      if (isXml) xml += part.length;
    }
  } catch (e) {
    if (e instanceof ZipTooLarge) return "too-large";
    if (e instanceof ZipDamaged) return "damaged";
    throw e;
  }
  return "ok";
}
