import { unzipSync } from "fflate";
import { sniffFormat } from "@/lib/documents/sniff";
import { ZIP_LIMITS } from "./limits";

/** A file to import: where it was found (for reports), its own name (kept with the disclosure) and bytes. */
export interface FoundFile {
  path: string;
  fileName: string;
  bytes: Uint8Array;
}

/** Something found that is not imported, and why (a file too large, an archive over its limits). */
export interface RefusedFile {
  path: string;
  message: string;
}

/** What was found, in order: files to import and files refused before import. */
export type Found = (FoundFile | RefusedFile)[];

export const isRefused = (f: FoundFile | RefusedFile): f is RefusedFile => "message" in f;

const MB = 1024 * 1024;

/** Files that archivers and desktops add and nobody means to import. */
export function isClutter(entryPath: string): boolean {
  const base = entryPath.split("/").pop() ?? "";
  return entryPath.startsWith("__MACOSX/") || base.startsWith(".") || /^(thumbs\.db|desktop\.ini)$/i.test(base);
}

/**
 * A name as the archive stores it. Without the UTF-8 flag fflate reads the bytes as Latin-1; an
 * archive made on a Chinese Windows stores GBK there, so the bytes are decoded again: as UTF-8
 * when they are valid UTF-8, else as GB18030.
 */
export function entryName(raw: string): string {
  if (![...raw].some((c) => c.charCodeAt(0) > 0x7f) || [...raw].some((c) => c.charCodeAt(0) > 0xff)) return raw;
  const bytes = Uint8Array.from(raw, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** An entry's path that would leave the folder it is unpacked into (absolute, a drive, ".."). */
export function escapes(entryPath: string): boolean {
  return entryPath.startsWith("/") || /^[A-Za-z]:/.test(entryPath) || entryPath.split("/").includes("..");
}

/**
 * The files of a ZIP archive, unpacked in memory within limits: at most 500 files, 20 MB each
 * and 200 MB in all, as the archive declares them; a declared size also caps what inflating an
 * entry may produce, so an archive cannot unpack to more than it admits. An entry too large or
 * with a path outside the archive is refused; an archive over the count or total, damaged or
 * using another compression than deflate is refused whole. Folders and clutter are left out.
 */
export function unpackZip(bytes: Uint8Array, zipPath: string, limits = ZIP_LIMITS): Found {
  type Entry = { raw: string; path: string; size: number };
  const entries: Entry[] = [];
  const refuseWhole = (message: string): Found => [{ path: zipPath, message }];
  let listed: Entry[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        listed.push({ raw: f.name, path: entryName(f.name).replace(/\\/g, "/"), size: f.compression === 0 ? f.size : f.originalSize });
        return false;
      },
    });
  } catch {
    return refuseWhole("压缩包已损坏，无法读取其目录。");
  }
  listed = listed.filter((e) => !e.path.endsWith("/") && !isClutter(e.path));
  if (listed.length > limits.maxEntries) return refuseWhole(`压缩包含 ${listed.length} 个文件，超过 ${limits.maxEntries} 个，未导入；请分成几个压缩包。`);
  const refused = new Map<string, RefusedFile>();
  for (const e of listed) {
    const at = `${zipPath}/${e.path}`;
    if (escapes(e.path)) refused.set(e.raw, { path: at, message: "路径指向压缩包之外，未导入。" });
    else if (e.size > limits.maxEntryBytes) refused.set(e.raw, { path: at, message: `解压后超过 ${Math.round(limits.maxEntryBytes / MB)} MB，未导入。` });
    else entries.push(e);
  }
  const total = entries.reduce((n, e) => n + e.size, 0);
  if (total > limits.maxTotalBytes) return refuseWhole(`压缩包解压后共 ${Math.ceil(total / MB)} MB，超过 ${Math.round(limits.maxTotalBytes / MB)} MB，未导入；请分成几个压缩包。`);
  const wanted = new Set(entries.map((e) => e.raw));
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
  } catch {
    return refuseWhole("压缩包已损坏、已加密或使用了不支持的压缩方式，无法解压。");
  }
  return listed.flatMap((e): Found => {
    const refusal = refused.get(e.raw);
    if (refusal) return [refusal];
    const content = unpacked[e.raw];
    return content ? [{ path: `${zipPath}/${e.path}`, fileName: e.path.split("/").pop()!, bytes: content }] : [];
  });
}

/** Whether a file is a ZIP archive of documents (a .docx or .xlsx is a ZIP too, but not an archive). */
export const isArchive = (bytes: Uint8Array) => sniffFormat(bytes) === "zip";

/**
 * Files as given (uploaded, or read from disk), in order, each ZIP archive among them replaced
 * by its files. An archive inside an archive is not unpacked again.
 */
export function expandArchives(given: Found, limits = ZIP_LIMITS): Found {
  return given.flatMap((file): Found => {
    if (isRefused(file) || !isArchive(file.bytes)) return [file];
    return unpackZip(file.bytes, file.path, limits).map((f) =>
      !isRefused(f) && isArchive(f.bytes) ? { path: f.path, message: "是压缩包内的压缩包，未解开；请先解压后再导入。" } : f,
    );
  });
}
