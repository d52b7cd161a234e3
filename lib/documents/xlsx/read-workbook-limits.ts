import { inflatedSize, ZipDamaged, ZipTooLarge, type ZipEntry } from "../sniff-zip";

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
  packageBytes: 128 * 1024 * 1024,
  /** Parts in an .xlsx package. */
  entries: 10_000,
  /** An .xls is not compressed: its size is what the parser takes on. */
  xlsBytes: 32 * 1024 * 1024,
};

export type PackageCheck = "ok" | "too-large" | "damaged";

/**
 * Whether an .xlsx package stays within the limits once decompressed. Each part is inflated and
 * counted (and dropped) before the parser sees it, as the sizes a package declares may lie.
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
      const size = inflatedSize(bytes, entry, room);
      all += size;
      if (isXml) xml += size;
    }
  } catch (e) {
    if (e instanceof ZipTooLarge) return "too-large";
    if (e instanceof ZipDamaged) return "damaged";
    throw e;
  }
  return "ok";
}
