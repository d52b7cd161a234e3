import { inflateRawSync } from "node:zlib";

/** One file of a ZIP archive as its central directory lists it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the archive declares (it may lie; see inflatedSize). */
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** A ZIP archive: a local file header first, or the end record alone (an empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return (bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06);
}

/**
 * The entries of a ZIP archive from its central directory, without decompressing anything; null
 * when there is no readable directory (a truncated or damaged archive).
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  const end = findEocd(bytes, view);
  if (end < 0) return null;
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== EOCD64_LOCATOR) return null;
    const at = safeNumber(view.getBigUint64(locator + 8, true));
    if (at === null || at + 56 > bytes.length || u32(at) !== EOCD64) return null;
    const count64 = safeNumber(view.getBigUint64(at + 32, true));
    const offset64 = safeNumber(view.getBigUint64(at + 48, true));
    if (count64 === null || offset64 === null) return null;
    count = count64;
    offset = offset64;
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(offset) !== CENTRAL) return null;
    const flags = u16(offset + 8);
    const nameLength = u16(offset + 28);
    const extraLength = u16(offset + 30);
    const commentLength = u16(offset + 32);
    const next = offset + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.length) return null;
    const entry: ZipEntry = {
      name: decodeName(bytes.subarray(offset + 46, offset + 46 + nameLength), flags),
      method: u16(offset + 10),
      compressedSize: u32(offset + 20),
      size: u32(offset + 24),
      localHeaderOffset: u32(offset + 42),
    };
    applyZip64(entry, view, offset + 46 + nameLength, extraLength);
    entries.push(entry);
    offset = next;
  }
  return entries;
}

/**
 * The names in the local file headers from the start of the archive, as far as they go: what is
 * left to go by when the central directory at the end is missing (a truncated file). An entry
 * written with a data descriptor (flag bit 3) does not say its size up front: the next header is
 * then looked for by its signature.
 */
export function zipLocalNames(bytes: Uint8Array, limit = 64): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names: string[] = [];
  let at = 0;
  while (names.length < limit && at + 30 <= bytes.length && view.getUint32(at, true) === LOCAL) {
    const flags = view.getUint16(at + 6, true);
    const compressedSize = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const dataStart = at + 30 + nameLength + extraLength;
    if (dataStart > bytes.length) break;
    names.push(decodeName(bytes.subarray(at + 30, at + 30 + nameLength), flags));
    at = flags & 8 || compressedSize === 0xffffffff ? nextLocalHeader(bytes, dataStart) : dataStart + compressedSize;
  }
  return names;
}

function nextLocalHeader(bytes: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(0x50, from); at >= 0 && at + 4 <= bytes.length; at = bytes.indexOf(0x50, at + 1)) {
    if (bytes[at + 1] === 0x4b && bytes[at + 2] === 0x03 && bytes[at + 3] === 0x04) return at;
  }
  return bytes.length;
}

/** An OpenDocument package (.odt, .ods): LibreOffice's and WPS's own formats, not Office's. */
export function isOpenDocument(entries: readonly ZipEntry[]): boolean {
  return entries.some((e) => e.name === "mimetype") && entries.some((e) => e.name === "content.xml");
}

export class ZipTooLarge extends Error {}
export class ZipDamaged extends Error {}

/** An entry's compressed data, found by its local header; throws ZipDamaged for data outside the file or another method than stored or deflate. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipDamaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipDamaged();
  if (entry.method !== 0 && entry.method !== 8) throw new ZipDamaged();
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * An entry's bytes, inflated, abandoned past `cap` (throws ZipTooLarge): at most `cap` bytes are
 * ever held, as the size a zip bomb declares can lie. Throws ZipDamaged for data that is not
 * valid deflate or lies outside the file.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, cap: number): Uint8Array {
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (data.length > cap) throw new ZipTooLarge();
    return data;
  }
  try {
    // zlib stops at maxOutputLength
    return inflateRawSync(data, { maxOutputLength: Math.min(Math.max(1, cap), 2 ** 31 - 1) });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new ZipTooLarge();
    throw new ZipDamaged();
  }
}

/** The bytes an entry really inflates to, abandoned past `cap` (see inflateEntry). */
export const inflatedSize = (bytes: Uint8Array, entry: ZipEntry, cap: number): number => inflateEntry(bytes, entry, cap).length;

function findEocd(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes[at] === 0x50 && view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) <= bytes.length) return at;
  }
  return -1;
}

function applyZip64(entry: ZipEntry, view: DataView, extraStart: number, extraLength: number): void {
  const needs = [entry.size === 0xffffffff, entry.compressedSize === 0xffffffff, entry.localHeaderOffset === 0xffffffff];
  if (!needs.some(Boolean)) return;
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const read = () => {
        const value = field + 8 <= at + 4 + length ? safeNumber(view.getBigUint64(field, true)) : null;
        field += 8;
        return value ?? Number.MAX_SAFE_INTEGER;
      };
      if (needs[0]) entry.size = read();
      if (needs[1]) entry.compressedSize = read();
      if (needs[2]) entry.localHeaderOffset = read();
      return;
    }
    at += 4 + length;
  }
}

function safeNumber(value: bigint): number | null {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const gb18030 = new TextDecoder("gb18030");

/** Names are UTF-8 when flag bit 11 says so; archives made on Chinese Windows write them in GBK. */
function decodeName(raw: Uint8Array, flags: number): string {
  if (flags & 0x800) return new TextDecoder("utf-8").decode(raw);
  try {
    return utf8.decode(raw);
  } catch {
    return gb18030.decode(raw);
  }
}
